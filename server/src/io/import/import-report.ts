/**
 * One report read from a file, handed to the domain's pipeline as the importing user: an
 * import changes content, never state. A new report is created as a DRAFT (createReport),
 * then only the parts that differ are written (writeReportParts), each refused exactly as
 * the admin would refuse it. A project or KPI is created only for a user who may create
 * them; the report's copy of its project always comes from the project.
 */
// The domain's writes share modules with the GraphQL schema (type-graphql decorators), which
// need the metadata API wherever the importer runs (CLI, seed loader, tests).
import "reflect-metadata";
import { inScope } from "../../auth/permissions";
import { createKpi } from "../../domain/kpi/kpi.service";
import { createProject } from "../../domain/project/project.service";
import { emptyFieldContent, fieldContentOf } from "../../domain/report/report-field-registry";
import { startingPoint } from "../../domain/report/report-start";
import { checkNewReport, createReport } from "../../domain/report/report.service";
import { checkPartsOfNewReport, writeReportParts } from "../../domain/report/report-pipeline";
import type { Tx } from "../../domain/report/report-write";
import type { Report } from "../../generated/prisma/client";
import { CONTENT_INCLUDE, contentOf } from "../content/from-db";
import type { ReportContent } from "../content/report-content";
import { changesOf, partsChanged, type Change } from "./changes";
import { located, type ImportRun } from "./import-run";
import type { ImportedReport } from "./import-model";
import { partsFromContent } from "./report-parts";

export type ReportAction = "create" | "update" | "unchanged" | "refused";

export interface WriteOutcome {
  action: ReportAction;
  changes: Change[];
  createdProject: boolean;
  /** The status of the report the file was compared with. */
  status?: string;
}

const projectInclude = {
  kpis: { where: { isRetired: false }, orderBy: { position: "asc" } },
} as const;

async function findProject(tx: Tx, municipalityId: number, name: string) {
  return tx.project.findUnique({
    where: { municipalityId_name: { municipalityId, name } },
    include: projectInclude,
  });
}
type Project = NonNullable<Awaited<ReturnType<typeof findProject>>>;

/** A report's content before the file when it is created empty: the project's copy only. */
export function emptyReportOf(report: ImportedReport, project: Project | null): ReportContent {
  return {
    ...report,
    jointApplicationNote: project?.jointApplicationNote ?? null,
    plan:
      project?.planFirstYear && project.planLastYear
        ? { firstYear: project.planFirstYear, lastYear: project.planLastYear }
        : null,
    kpiNameNote: project?.kpiNameNote ?? null,
    projectName: project?.name ?? "",
    statedYearOfPlan: null,
    ...emptyFieldContent(),
    actualsAsOf: null,
    programs: [],
    kpis: (project?.kpis ?? []).map((k) => ({
      position: k.position,
      name: k.name,
      baseline: k.baseline?.toFixed() ?? null,
      target: k.target.toFixed(),
      unit: k.unit,
      targetMonth:
        k.targetYear && k.targetMonth ? { year: k.targetYear, month: k.targetMonth } : null,
      direction: k.direction,
      value: null,
      notMeasured: false,
      asOf: null,
      isReference: false,
    })),
    effect: { category: null, text: null },
    evaluation: { category: null, opinion: null },
    policy: { category: null, reason: null },
  };
}

/**
 * A new report's content before the file: what createReport starts it from (report-start.ts),
 * so that the changes listed are the ones the write makes, and a part the file leaves empty
 * is written even where the new report would carry something over.
 */
async function startingContentOf(
  tx: Tx,
  report: ImportedReport,
  project: Project | null,
): Promise<ReportContent> {
  const empty = emptyReportOf(report, project);
  if (!project) return empty;
  const start = await startingPoint(tx, project, { moneyUnit: report.moneyUnit });
  return {
    ...empty,
    ...fieldContentOf((f) => start.fields[f.key]),
    programs: start.programs.map((p) => ({
      ...p,
      isNew: false,
      mainResults: null,
      budget: 0,
      expectedGrant: 0,
      actual: null,
      actualGrant: null,
    })),
  };
}

/** Only the municipality's administrator (or the system, seeding) creates projects and KPIs. */
function mayCreateProject(run: ImportRun, report: ImportedReport, municipalityId: number) {
  const actor = run.ctx.actor;
  if (run.system || (actor?.roles.includes("ADMIN") && inScope(actor, municipalityId))) return true;
  run.problems.error(
    report.origin,
    "FORBIDDEN",
    `事業「${report.projectName}」は登録されていません。事業とKPIを登録できるのは団体の管理者です`,
    `the project "${report.projectName}" does not exist; only the municipality's administrator may create projects and KPIs`,
    { report: report.number, where: "① 事業名/project name" },
  );
  return false;
}

/** A new project with its KPIs, through the master data's own writes. */
async function createProjectOf(run: ImportRun, report: ImportedReport, municipalityId: number) {
  const grantType = run.catalog.grantTypes.get(report.grantType)!;
  const project = await createProject(run.ctx.prisma, {
    municipalityId,
    grantTypeId: grantType.id,
    number: report.number,
    name: report.projectName,
    jointApplicationNote: report.jointApplicationNote,
    planFirstYear: report.plan?.firstYear ?? null,
    planLastYear: report.plan?.lastYear ?? null,
    overview: report.overview,
    kpiNameNote: report.kpiNameNote,
  });
  for (const k of report.kpis) {
    await located(run, report, k.origin, `KPI ${k.position}`, () =>
      createKpi(run.ctx.prisma, {
        projectId: project.id,
        position: k.position,
        name: k.name,
        baseline: k.baseline,
        target: k.target,
        unit: k.unit,
        targetMonth: k.targetMonth,
        direction: k.direction,
      }),
    );
  }
  return findProject(run.tx, municipalityId, report.projectName);
}

/** Checks and (unless a dry run) writes one imported report. */
export async function importReport(run: ImportRun, report: ImportedReport): Promise<WriteOutcome> {
  const municipality = run.catalog.municipalities.get(report.municipality.code)!;
  let project = await findProject(run.tx, municipality.id, report.projectName);
  let createdProject = false;
  if (!project) {
    if (!mayCreateProject(run, report, municipality.id))
      return { action: "refused", changes: [], createdProject: false };
    createdProject = true;
    if (!run.dryRun) project = await createProjectOf(run, report, municipality.id);
  }
  const current = project
    ? await run.tx.report.findFirst({
        where: { projectId: project.id, fiscalYear: report.fiscalYear },
        orderBy: { revision: "desc" },
        include: CONTENT_INCLUDE,
      })
    : null;
  if (current && run.keepExisting)
    return { action: "unchanged", changes: [], createdProject, status: current.status };
  if (run.archive) return { ...(await run.archive(report, project, current)), createdProject };
  const before = current ? contentOf(current) : await startingContentOf(run.tx, report, project);
  const changes = changesOf(before, report);
  const parts = partsChanged(changes);
  // The report's copy of its project comes from the project (the administrator's master data).
  if (parts.has("project") && !(createdProject && !current)) {
    // Every differing field, so that one pass over the file fixes them all.
    for (const change of changes.filter((c) => c.part === "project")) {
      run.problems.error(
        { file: change.file, line: change.line, sheet: change.sheet },
        "PROJECT_DIFFERS",
        `「${change.labelJa}」が登録済みの事業と異なります (${change.before} → ${change.after})。事業とKPIは管理画面の「事業」で変更してください`,
        `"${change.labelEn}" differs from the registered project (${change.before} → ${change.after}); change projects and KPIs under Projects`,
        { report: report.number, where: change.labelJa },
      );
    }
    return { action: "refused", changes, createdProject, status: current?.status };
  }
  if (current && parts.size === 0)
    return { action: "unchanged", changes, createdProject, status: current.status };
  const input = await located(run, report, report.origin, undefined, async () =>
    partsFromContent(report, parts, project, run.catalog),
  );
  if (!input) return { action: "refused", changes, createdProject, status: current?.status };
  const written = await located(
    run,
    report,
    report.origin,
    input.where,
    async (): Promise<Report | true> => {
      if (run.dryRun && !current) {
        await checkNewReport(run.ctx, run.tx, {
          projectId: project?.id,
          municipalityId: municipality.id,
          fiscalYear: report.fiscalYear,
        });
        await checkPartsOfNewReport(run.ctx, run.tx, municipality.id, input.parts);
        return true;
      }
      const target =
        current ??
        (await createReport(run.ctx, {
          projectId: project!.id,
          fiscalYear: report.fiscalYear,
          moneyUnit: report.moneyUnit,
        }));
      return writeReportParts(run.ctx, target.id, target.version, input.parts, {
        dryRun: run.dryRun,
        note: { action: "IMPORT", importId: run.importId, file: report.origin.file },
      });
    },
  );
  if (!written) return { action: "refused", changes, createdProject, status: current?.status };
  return {
    action: current ? "update" : "create",
    changes,
    createdProject,
    status: current?.status,
  };
}
