/**
 * Writes one checked report inside the import's transaction: its municipality and project
 * when new, then the report, or the changes to an editable report. A published, approved
 * or submitted report is never changed by an import: a difference is a blocking error.
 */
import type { Prisma } from "../../generated/prisma/client";
import { STATUS_LABELS } from "../../workflow/report-status";
import { CONTENT_INCLUDE, contentOf } from "../content/from-db";
import type { ReportContent } from "../content/report-content";
import type { ImportCatalog } from "./catalog";
import { changedFields } from "./diff";
import type { ImportedReport } from "./import-model";
import { withoutOrigins } from "./import-model";
import type { Problems } from "./problems";
import {
  categoryIds,
  evaluationRow,
  kpiDefinition,
  kpiValueRows,
  policyRow,
  programRows,
  projectFields,
  reportFields,
} from "./report-data";

type Tx = Prisma.TransactionClient;

export type ReportAction = "create" | "update" | "unchanged" | "refused";

export interface WriteOutcome {
  action: ReportAction;
  /** Fields that differ from the database, for update and refused. */
  changes: string[];
  createdProject: boolean;
}

const EDITABLE = ["DRAFT", "RETURNED"];

async function municipalityId(
  tx: Tx,
  report: ImportedReport,
  catalog: ImportCatalog,
): Promise<number> {
  const known = catalog.municipalities.get(report.municipality.code);
  if (known) return known.id;
  // check.ts allowed this only for a system-wide import that names the municipality.
  const created = await tx.municipality.create({
    data: {
      code: report.municipality.code,
      name: report.municipality.name!,
      prefecture: report.municipality.prefecture!,
    },
  });
  catalog.municipalities.set(created.code, created);
  return created.id;
}

async function findOrCreateProject(
  tx: Tx,
  content: ReportContent,
  municipalityId: number,
  grantTypeId: number,
  problems: Problems,
  origin: ImportedReport["origin"],
) {
  const existing = await tx.project.findUnique({
    where: { municipalityId_name: { municipalityId, name: content.projectName } },
    include: { kpis: { orderBy: { position: "asc" } } },
  });
  if (existing) {
    const names = new Map(existing.kpis.map((k) => [k.position, k.name]));
    const differing = content.kpis.find((k) => names.get(k.position) !== k.name);
    if (differing || existing.kpis.length !== content.kpis.length) {
      const position = differing?.position ?? existing.kpis.length;
      problems.error(
        origin,
        "KPI_MISMATCH",
        `KPI ${position} が登録済みの事業「${content.projectName}」の KPI と一致しません`,
        `KPI ${position} does not match the KPIs of the existing project "${content.projectName}"`,
        { report: content.number, where: `KPI ${position}` },
      );
    }
    return { project: existing, created: false };
  }
  const project = await tx.project.create({
    include: { kpis: { orderBy: { position: "asc" } } },
    data: {
      municipalityId,
      grantTypeId,
      number: content.number,
      name: content.projectName,
      ...projectFields(content),
      kpis: { create: content.kpis.map(kpiDefinition) },
    },
  });
  return { project, created: true };
}

export async function writeReport(
  tx: Tx,
  report: ImportedReport,
  catalog: ImportCatalog,
  problems: Problems,
  options: { keepExisting?: boolean },
): Promise<WriteOutcome> {
  const content = withoutOrigins(report);
  const grantType = catalog.grantTypes.get(content.grantType)!;
  const years = [content.fiscalYear];
  if (content.plan)
    for (let y = content.plan.firstYear; y <= content.plan.lastYear; y++) years.push(y);
  const missing = years.filter((year) => !catalog.knownYears.has(year));
  if (missing.length) {
    await tx.fiscalYear.createMany({
      data: missing.map((year) => ({ year })),
      skipDuplicates: true,
    });
    for (const year of missing) catalog.knownYears.add(year);
  }
  const mId = await municipalityId(tx, report, catalog);
  const { project, created } = await findOrCreateProject(
    tx,
    content,
    mId,
    grantType.id,
    problems,
    report.origin,
  );
  const kpiIds = new Map(project.kpis.map((k) => [k.position, k.id]));
  const categories = categoryIds(catalog.categories);
  const current = await tx.report.findFirst({
    where: { projectId: project.id, fiscalYear: content.fiscalYear },
    orderBy: { revision: "desc" },
    include: CONTENT_INCLUDE,
  });
  if (!current) {
    await tx.report.create({
      data: {
        projectId: project.id,
        municipalityId: mId,
        fiscalYear: content.fiscalYear,
        status: content.status,
        revision: content.revision,
        publishedAt: content.publishedAt,
        ...reportFields(content, categories),
        programs: { create: programRows(content) },
        kpiValues: { create: kpiValueRows(content, kpiIds) },
        evaluation: { create: evaluationRow(content, categories) },
        futurePolicy: { create: policyRow(content, categories) },
      },
    });
    return { action: "create", changes: [], createdProject: created };
  }
  if (options.keepExisting) return { action: "unchanged", changes: [], createdProject: false };
  const changes = changedFields(contentOf(current), content);
  if (changes.length === 0) return { action: "unchanged", changes, createdProject: false };
  if (!EDITABLE.includes(current.status)) {
    problems.error(
      report.origin,
      "REPORT_LOCKED",
      `この報告は「${STATUS_LABELS[current.status]}」のため取り込みで変更できません (違い: ${changes.join(", ")})`,
      `the report is ${current.status} and an import cannot change it (differs in: ${changes.join(", ")})`,
      { report: content.number },
    );
    return { action: "refused", changes, createdProject: false };
  }
  await tx.budgetProgram.deleteMany({ where: { reportId: current.id } });
  await tx.kpiValue.deleteMany({ where: { reportId: current.id } });
  await tx.report.update({
    where: { id: current.id },
    data: {
      ...reportFields(content, categories),
      version: { increment: 1 },
      programs: { create: programRows(content) },
      kpiValues: { create: kpiValueRows(content, kpiIds) },
      evaluation: {
        upsert: {
          create: evaluationRow(content, categories),
          update: evaluationRow(content, categories),
        },
      },
      futurePolicy: {
        upsert: { create: policyRow(content, categories), update: policyRow(content, categories) },
      },
    },
  });
  return { action: "update", changes, createdProject: false };
}
