/**
 * Deterministic synthetic reports for load tests and benchmarks: one fiscal year of
 * projects, KPIs, latest values, budget programs, evaluations and future policies in the
 * shape of the seed (千円, grant share ≤ amount; see synthetic-rows.ts for every figure).
 * Each table is written with one INSERT (insert-json.ts), so 1,800 reports with 18,000
 * programs load in a few seconds. Running it again with the same options adds nothing.
 */
import { standardCategories as categories } from "../../server/src/domain/category/standard-lists";
import { standardGrantTypes as grantTypes } from "../../server/src/domain/grant-type/standard-grant-types";
import type { PrismaClient } from "../../server/src/db/database";
import { insertJson } from "./insert-json";
import * as columns from "./synthetic-columns";
import {
  kpiDefinition,
  latestOf,
  planOf,
  programRow,
  reportRow,
  syntheticOverview,
  syntheticProjectName,
} from "./synthetic-rows";

export interface GenerateOptions {
  fiscalYear: number;
  reports: number;
  programsPerReport: number;
  kpisPerReport: number;
  /** Projects are spread over this many synthetic municipalities (default: 1 per 100 reports). */
  municipalities?: number;
}

const GRANT_TYPE = "地方創生推進交付金";
/** Prefecture code 99 does not exist, so the codes never collide with real ones (012041). */
export const syntheticMunicipalityCode = (i: number) => `99${String(i + 1).padStart(4, "0")}`;
const SKIP = { skipDuplicates: true };

/** The catalog rows an unseeded database lacks (the standard lists in server/src/domain); existing entries are kept. */
async function ensureCatalog(prisma: PrismaClient, fiscalYear: number) {
  await prisma.fiscalYear.createMany({
    data: [-2, -1, 0, 1, 2].map((d) => ({ year: fiscalYear + d })),
    ...SKIP,
  });
  await prisma.grantType.createMany({ data: grantTypes, ...SKIP });
  await prisma.category.createMany({ data: categories, ...SKIP });
  const grantType = await prisma.grantType.findUniqueOrThrow({ where: { name: GRANT_TYPE } });
  const lists = await prisma.category.findMany({ orderBy: [{ kind: "asc" }, { rank: "asc" }] });
  const best = (kind: string) => lists.find((c) => c.kind === kind) ?? null;
  return {
    grantType,
    effect: best("EFFECT"),
    evaluation: best("EVALUATION"),
    policy: best("POLICY"),
  };
}

async function createProjects(
  prisma: PrismaClient,
  options: GenerateOptions,
  grantTypeId: number,
): Promise<{ id: number; municipalityId: number }[]> {
  const { fiscalYear: fy, reports } = options;
  const municipalityCount = options.municipalities ?? Math.max(1, Math.ceil(reports / 100));
  const codes = Array.from({ length: municipalityCount }, (_, i) => syntheticMunicipalityCode(i));
  await prisma.municipality.createMany({
    data: codes.map((code, i) => ({ code, name: `合成市${i + 1}`, prefecture: "合成県" })),
    ...SKIP,
  });
  const municipalities = await prisma.municipality.findMany({ where: { code: { in: codes } } });
  const municipalityId = new Map(municipalities.map((m) => [m.code, m.id]));
  const names = Array.from({ length: reports }, (_, r) => syntheticProjectName(fy, r));
  const now = new Date().toISOString();
  const rows = names.map((name, r) => {
    const { planFirstYear, planLastYear } = planOf(r, fy);
    return {
      municipalityId: municipalityId.get(codes[r % municipalityCount]!)!,
      grantTypeId,
      number: Math.floor(r / municipalityCount) + 1,
      name,
      overview: syntheticOverview(r),
      planFirstYear,
      planLastYear,
      updatedAt: now,
    };
  });
  await insertJson(prisma, "Project", columns.PROJECT, rows, SKIP);
  const projects = await prisma.project.findMany({
    where: { name: { in: names }, municipalityId: { in: [...municipalityId.values()] } },
    select: { id: true, name: true, municipalityId: true },
  });
  const byName = new Map(projects.map((p) => [p.name, p]));
  return names.map((name) => byName.get(name)!);
}

export async function generateFiscalYear(
  prisma: PrismaClient,
  options: GenerateOptions,
): Promise<{ reportIds: number[] }> {
  const { fiscalYear: fy, programsPerReport, kpisPerReport } = options;
  const catalog = await ensureCatalog(prisma, fy);
  const projects = await createProjects(prisma, options, catalog.grantType.id);
  const projectIds = projects.map((p) => p.id);
  const indexes = projectIds.map((_, r) => r);
  const slots = (n: number) => Array.from({ length: n }, (_, i) => i);

  const kpiRows = indexes.flatMap((r) =>
    slots(kpisPerReport).map((k) => ({ projectId: projectIds[r]!, ...kpiDefinition(k + 1, fy) })),
  );
  await insertJson(prisma, "Kpi", columns.KPI, kpiRows, SKIP);

  const now = new Date().toISOString();
  const reportRows = indexes.map((r) => ({
    ...reportRow(r, projects[r]!, fy, programsPerReport),
    effectCategoryId: catalog.effect?.id ?? null,
    updatedAt: now,
  }));
  await insertJson(prisma, "Report", columns.REPORT, reportRows, SKIP);
  const reports = await prisma.report.findMany({
    where: { fiscalYear: fy, projectId: { in: projectIds } },
    select: { id: true, projectId: true },
  });
  const reportOf = new Map(reports.map((rep) => [rep.projectId, rep.id]));
  const reportIds = projectIds.map((p) => reportOf.get(p)!);

  const programRows = indexes.flatMap((r) =>
    slots(programsPerReport).map((p) => programRow(reportIds[r]!, r, p)),
  );
  await insertJson(prisma, "BudgetProgram", columns.PROGRAM, programRows, SKIP);

  const kpis = await prisma.kpi.findMany({
    where: { projectId: { in: projectIds }, position: { lte: kpisPerReport } },
    select: { id: true, projectId: true, position: true },
  });
  const indexOfProject = new Map(projectIds.map((p, r) => [p, r]));
  const valueRows = kpis.map((kpi) => {
    const r = indexOfProject.get(kpi.projectId)!;
    return {
      reportId: reportIds[r]!,
      kpiId: kpi.id,
      ...kpiDefinition(kpi.position, fy),
      ...latestOf(r, kpi.position, fy),
    };
  });
  await insertJson(prisma, "KpiValue", columns.VALUE, valueRows, SKIP);

  const part = (category: { id: number; label: string } | null) => ({
    categoryId: category?.id ?? null,
    categoryText: category?.label ?? null,
  });
  const evaluations = reportIds.map((reportId) => ({
    reportId,
    ...part(catalog.evaluation),
    opinion: "合成データの外部有識者意見",
  }));
  await insertJson(prisma, "Evaluation", columns.EVALUATION, evaluations, SKIP);
  const policies = reportIds.map((reportId) => ({
    reportId,
    ...part(catalog.policy),
    reason: "合成データの今後の方針の理由",
  }));
  await insertJson(prisma, "FuturePolicy", columns.FUTURE_POLICY, policies, SKIP);
  return { reportIds };
}
