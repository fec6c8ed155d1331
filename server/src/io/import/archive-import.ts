/**
 * The import's side of the archive of earlier years' published reports
 * (workflow/archive-report.ts): a report not yet in Sosei is written with every part the file
 * states and published with the file's publication time, or the import's; one already there
 * is left alone.
 */
import { archivePublishedReport, assertMayArchive } from "../../workflow/archive-report";
import { changesOf, partsChanged } from "./changes";
import { emptyReportOf, type WriteOutcome } from "./import-report";
import { located, type ImportRun } from "./import-run";
import { partsFromContent } from "./report-parts";

export function archiveRun(run: ImportRun): NonNullable<ImportRun["archive"]> {
  // Whole seconds, as files state publication times (a CSV round trip keeps it exact).
  const now = new Date(Math.floor(Date.now() / 1000) * 1000);
  return async (report, project, current): Promise<WriteOutcome> => {
    if (current)
      return { action: "unchanged", changes: [], createdProject: false, status: current.status };
    const changes = changesOf(emptyReportOf(report, null), report);
    const refused = { action: "refused", changes, createdProject: false } as const;
    const input = await located(run, report, report.origin, undefined, async () =>
      partsFromContent(report, partsChanged(changes), await kpisOf(run, project), run.catalog),
    );
    if (!input) return refused;
    const done = await located(run, report, report.origin, input.where, async () => {
      if (run.dryRun) return assertMayArchive(run.ctx, run.system ?? false) ?? true;
      return archivePublishedReport(
        run.ctx,
        {
          projectId: project!.id,
          fiscalYear: report.fiscalYear,
          moneyUnit: report.moneyUnit,
          parts: input.parts,
          publishedAt: report.publishedAt
            ? { at: report.publishedAt, from: "file" }
            : { at: now, from: "import" },
          note: { importId: run.importId, file: report.origin.file },
        },
        { system: run.system },
      );
    });
    return done ? { action: "create", changes, createdProject: false } : refused;
  };
}

async function kpisOf(run: ImportRun, project: { id: number } | null) {
  if (!project) return null;
  const kpis = await run.tx.kpi.findMany({ where: { projectId: project.id, isRetired: false } });
  return { kpis };
}
