import { categories, grantTypes, seedDocuments } from "../../../../seeds";
import type { SeedDocument } from "../../../../seeds/types";
import type { PrismaClient } from "../../db/database";
import { StartupError } from "../../errors/startup-error";
import type { Prisma } from "../../generated/prisma/client";
import { RuleError, assertKpiLimit, isRuleError, matchCategory } from "../../rules";
import { findSeedFindings, type SeedFinding } from "./seed-findings";
import { planSeedDocument, type PlannedReport, type SeedPlan } from "./seed-plan";

type Tx = Prisma.TransactionClient;
type CategoryRow = {
  id: number;
  kind: "EFFECT" | "EVALUATION" | "POLICY";
  label: string;
  explanation: string | null;
};

export interface SeedSummary {
  reportsCreated: number;
  /** Reports already in the database; never overwritten. */
  reportsSkipped: number;
  findings: SeedFinding[];
}

const bigOrNull = (yen: number | null) => (yen === null ? null : BigInt(yen));

function listsOf(rows: CategoryRow[]) {
  const of = (kind: CategoryRow["kind"]) => rows.filter((row) => row.kind === kind);
  return { EFFECT: of("EFFECT"), EVALUATION: of("EVALUATION"), POLICY: of("POLICY") };
}

/** ②③ and the KPI header note as the document states them: the project's, and the report's copy. */
function projectFieldsData({ source, plan }: PlannedReport) {
  return {
    jointApplicationNote: source.jointApplicationNote,
    planFirstYear: plan?.firstYear ?? null,
    planLastYear: plan?.lastYear ?? null,
    overview: source.overview,
    kpiNameNote: source.kpiNameNote,
  };
}

/** ⑤ as the document states it: the project's KPI, and the report's copy of it. */
function kpiDefinitionData(k: PlannedReport["kpis"][number]) {
  return {
    position: k.position,
    name: k.name,
    baseline: k.baseline,
    target: k.target,
    unit: k.unit,
    targetYear: k.targetMonth?.year ?? null,
    targetMonth: k.targetMonth?.month ?? null,
    direction: k.direction,
  };
}

async function createReport(
  tx: Tx,
  plan: SeedPlan,
  report: PlannedReport,
  project: { id: number; municipalityId: number },
  kpiIds: Map<number, number>,
  lists: ReturnType<typeof listsOf>,
): Promise<void> {
  const { source } = report;
  await tx.report.create({
    data: {
      projectId: project.id,
      municipalityId: project.municipalityId,
      fiscalYear: plan.fiscalYear,
      // The source is a published document.
      status: "PUBLISHED",
      moneyUnit: plan.moneyUnit,
      statedYearOfPlan: report.plan?.statedYearOfPlan ?? null,
      actualsAsOfYear: report.actualsAsOf?.year ?? null,
      actualsAsOfMonth: report.actualsAsOf?.month ?? null,
      effectCategoryId: matchCategory(source.effect.category, lists.EFFECT)?.id ?? null,
      effectCategoryText: source.effect.category,
      effectText: source.effect.text,
      statedBudgetTotal: bigOrNull(report.stated?.budget ?? null),
      statedExpectedGrantTotal: bigOrNull(report.stated?.expectedGrant ?? null),
      statedActualTotal: bigOrNull(report.stated?.actual ?? null),
      statedActualGrantTotal: bigOrNull(report.stated?.actualGrant ?? null),
      projectActual: bigOrNull(report.projectActual),
      source: plan.document.source,
      projectName: source.projectName,
      ...projectFieldsData(report),
      programs: {
        create: report.programs.map((p) => ({
          ...p,
          budget: BigInt(p.budget),
          expectedGrant: BigInt(p.expectedGrant),
          actual: bigOrNull(p.actual),
          actualGrant: bigOrNull(p.actualGrant),
        })),
      },
      kpiValues: {
        create: report.kpis.map((k) => ({
          kpiId: kpiIds.get(k.position)!,
          ...kpiDefinitionData(k),
          value: k.latest.value,
          notMeasured: k.latest.notMeasured,
          asOfYear: k.latest.asOf?.year ?? null,
          asOfMonth: k.latest.asOf?.month ?? null,
          isReference: k.latest.isReference,
        })),
      },
      evaluation: {
        create: {
          categoryId: matchCategory(source.evaluation.category, lists.EVALUATION)?.id ?? null,
          categoryText: source.evaluation.category,
          opinion: source.evaluation.opinion,
        },
      },
      futurePolicy: {
        create: {
          categoryId: matchCategory(source.policy.category, lists.POLICY)?.id ?? null,
          categoryText: source.policy.category,
          reason: source.policy.reason,
        },
      },
    },
  });
}

/** A later document of a known project must name the KPIs the project already has. */
function assertSameKpis(stored: { position: number; name: string }[], report: PlannedReport): void {
  const names = new Map(stored.map((k) => [k.position, k.name]));
  const differing = report.kpis.find((k) => names.get(k.position) !== k.name);
  if (differing || stored.length !== report.kpis.length) {
    const position = differing?.position ?? stored.length;
    throw new RuleError(
      "INVALID_KPI",
      `KPI ${position} が登録済みの事業「${report.source.projectName}」の KPI と一致しません`,
      `KPI ${position} does not match the KPIs of the existing project "${report.source.projectName}"`,
    );
  }
}

/** The project of a report, created with its KPIs the first time it is seen. */
async function findOrCreateProject(
  tx: Tx,
  report: PlannedReport,
  municipalityId: number,
  grantType: { id: number; name: string; kpiLimit: number },
): Promise<{ id: number; kpiIds: Map<number, number> }> {
  const { source } = report;
  const where = { municipalityId_name: { municipalityId, name: source.projectName } };
  const existing = await tx.project.findUnique({ where, include: { kpis: true } });
  if (existing) {
    assertSameKpis(existing.kpis, report);
    return { id: existing.id, kpiIds: new Map(existing.kpis.map((k) => [k.position, k.id])) };
  }
  const project = await tx.project.create({
    include: { kpis: true },
    data: {
      municipalityId,
      grantTypeId: grantType.id,
      number: report.number,
      name: source.projectName,
      ...projectFieldsData(report),
      kpis: {
        create: report.kpis.map(kpiDefinitionData),
      },
    },
  });
  return { id: project.id, kpiIds: new Map(project.kpis.map((k) => [k.position, k.id])) };
}

async function loadPlan(tx: Tx, plan: SeedPlan, summary: SeedSummary): Promise<void> {
  const { document, file } = plan;
  await tx.fiscalYear.createMany({
    data: plan.fiscalYears.map((year) => ({ year })),
    skipDuplicates: true,
  });
  const municipality = await tx.municipality.upsert({
    where: { code: document.municipality.code },
    update: {},
    create: document.municipality,
  });
  const grantType = await tx.grantType.findUnique({ where: { name: document.grantType } });
  if (!grantType) {
    throw new StartupError(
      "SEED_INVALID",
      `${file}: 交付金の種類「${document.grantType}」が登録されていません`,
      `${file}: unknown grant type "${document.grantType}"`,
    );
  }
  const lists = listsOf(await tx.category.findMany());
  for (const report of plan.reports) {
    try {
      assertKpiLimit(report.kpis.length, grantType.kpiLimit, grantType.name);
      const project = await findOrCreateProject(tx, report, municipality.id, grantType);
      const exists = await tx.report.findFirst({
        where: { projectId: project.id, fiscalYear: plan.fiscalYear },
        select: { id: true },
      });
      if (exists) {
        summary.reportsSkipped++;
        continue;
      }
      await createReport(
        tx,
        plan,
        report,
        { id: project.id, municipalityId: municipality.id },
        project.kpiIds,
        lists,
      );
      summary.reportsCreated++;
    } catch (error) {
      throw locate(error, `${file} 報告 No.${report.number}`, `${file} report No.${report.number}`);
    }
  }
  summary.findings.push(...findSeedFindings(plan, lists));
}

/** Any failure while writing a report, including the database's own checks, names the record. */
function locate(error: unknown, whereJa: string, whereEn: string): StartupError {
  if (error instanceof StartupError) return error;
  const [ja, en] = isRuleError(error)
    ? [error.messageJa, error.messageEn]
    : [
        `データベースが拒否しました: ${(error as Error).message}`,
        `rejected by the database: ${(error as Error).message}`,
      ];
  return new StartupError("SEED_INVALID", `${whereJa}: ${ja}`, `${whereEn}: ${en}`, {
    cause: error,
  });
}

/**
 * Loads the category lists, grant types and seed documents in one transaction: all of it
 * or, on any error, nothing. Loading again adds nothing and changes nothing.
 */
export async function loadSeeds(
  prisma: PrismaClient,
  documents: { file: string; document: SeedDocument }[] = seedDocuments,
): Promise<SeedSummary> {
  // Check every document before the first write.
  const plans = documents.map(({ file, document }) => planSeedDocument(file, document));
  const summary: SeedSummary = { reportsCreated: 0, reportsSkipped: 0, findings: [] };
  await prisma.$transaction(
    async (tx) => {
      await tx.category.createMany({ data: categories, skipDuplicates: true });
      await tx.grantType.createMany({ data: grantTypes, skipDuplicates: true });
      for (const plan of plans) await loadPlan(tx, plan, summary);
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  return summary;
}
