/**
 * Checks imported reports against the database and hands each to the domain's pipeline as
 * the importing user, all in one transaction: any blocking error rolls everything back. A
 * dry run is a read-only transaction: the same reads and refusals, no write, no id used, no
 * row lock, and nothing held once it returns.
 */
import { randomUUID } from "node:crypto";
import type { Actor } from "../../auth/permissions";
import type { PrismaClient } from "../../db/database";
import { joining } from "../../db/joined-client";
import type { Prisma } from "../../generated/prisma/client";
import { isRuleError } from "../../rules";
import { archiveRun } from "./archive-import";
import { loadCatalog } from "./catalog";
import type { Change } from "./changes";
import { checkReports } from "./check";
import { convertWith } from "./convert";
import type { ImportedReport } from "./import-model";
import { importReport, type ReportAction } from "./import-report";
import type { ImportRun } from "./import-run";
import type { Problem, Problems } from "./problems";

export interface ReportLine {
  file: string;
  line?: number;
  sheet?: string;
  number: number;
  municipality: string;
  fiscalYear: number;
  projectName: string;
  action: ReportAction | "not checked";
  /** The status of the report in the database the file was compared with. */
  status?: string;
  changes: Change[];
}

export interface ImportResult {
  applied: boolean;
  reports: ReportLine[];
  counts: {
    create: number;
    update: number;
    unchanged: number;
    refused: number;
    projectsCreated: number;
  };
  errorCount: number;
  warningCount: number;
  problems: Problem[];
}

class Rollback extends Error {}

export interface ImportOptions {
  /** Whose import it is; null with `system` for the seed loader. */
  actor: Actor | null;
  /** false: a dry run (read-only, nothing written). */
  apply: boolean;
  /** The seed loader: a system write that leaves existing reports alone. */
  system?: boolean;
  /** Earlier years' published reports, taken over as published (system administrator). */
  archive?: boolean;
  /** Runs first inside the transaction (the seed loader writes the catalog there). */
  prepare?: (tx: Prisma.TransactionClient) => Promise<void>;
  /** Throw a database error as WriteFailed instead of reporting it (the seed loader). */
  throwWriteErrors?: boolean;
}

/** A database error while writing a report, with the report it belongs to. */
export class WriteFailed extends Error {
  constructor(
    readonly report: ImportedReport,
    readonly cause: unknown,
  ) {
    super("write failed");
  }
}

const lineOf = (r: ImportedReport): ReportLine => ({
  file: r.origin.file,
  line: r.origin.line,
  sheet: r.origin.sheet,
  number: r.number,
  municipality: r.municipality.code,
  fiscalYear: r.fiscalYear,
  projectName: r.projectName,
  action: "not checked",
  changes: [],
});

export function resultOf(lines: ReportLine[], problems: Problems, applied: boolean): ImportResult {
  const count = (action: ReportAction) => lines.filter((l) => l.action === action).length;
  return {
    applied,
    reports: lines,
    counts: {
      create: count("create"),
      update: count("update"),
      unchanged: count("unchanged"),
      refused: count("refused"),
      projectsCreated: 0,
    },
    errorCount: problems.list.filter((p) => p.severity === "error").length,
    warningCount: problems.list.filter((p) => p.severity === "warning").length,
    problems: problems.list,
  };
}

/** Status, revision and publication time are the workflow's: a file's are read back, not taken. */
function warnStateIgnored(reports: ImportedReport[], problems: Problems, archive: boolean) {
  const stating = reports.find((r) => r.statesState);
  if (!stating || archive) return;
  problems.warning(
    stating.origin,
    "STATE_IGNORED",
    "状態・版・公開日時の列は取り込みでは使われません (取り込んだ報告は作成中として扱われ、公表は承認の手順で行います)",
    "the status, revision and publication time columns are ignored by an import (reports are imported as drafts; publishing goes through review)",
  );
}

/** One report in a savepoint: a refusal of the database leaves the others checkable. */
async function eachReport(tx: Prisma.TransactionClient, work: () => Promise<void>) {
  await tx.$executeRaw`SAVEPOINT import_report`;
  try {
    await work();
    await tx.$executeRaw`RELEASE SAVEPOINT import_report`;
  } catch (error) {
    await tx.$executeRaw`ROLLBACK TO SAVEPOINT import_report`;
    throw error;
  }
}

export async function applyImport(
  prisma: PrismaClient,
  reports: ImportedReport[],
  problems: Problems,
  options: ImportOptions,
): Promise<ImportResult> {
  const lines = reports.map(lineOf);
  let projectsCreated = 0;
  let applied = false;
  warnStateIgnored(reports, problems, options.archive ?? false);
  try {
    await prisma.$transaction(
      async (tx) => {
        if (!options.apply) await tx.$executeRaw`SET TRANSACTION READ ONLY`;
        await options.prepare?.(tx);
        const codes = [...new Set(reports.map((r) => r.municipality.code))];
        const catalog = await loadCatalog(tx, codes);
        // Checked even after a reading error, so that one run lists every problem.
        checkReports(reports, catalog, options.actor, problems, convertWith(problems));
        if (problems.hasErrors) throw new Rollback();
        const run: ImportRun = {
          ctx: { prisma: joining(tx), actor: options.actor },
          tx,
          catalog,
          problems,
          dryRun: !options.apply,
          importId: randomUUID(),
          system: options.system,
          keepExisting: options.system,
        };
        if (options.archive) run.archive = archiveRun(run);
        for (const [i, report] of reports.entries()) {
          try {
            await eachReport(tx, async () => {
              const outcome = await importReport(run, report);
              Object.assign(lines[i]!, {
                action: outcome.action,
                changes: outcome.changes,
                status: outcome.status,
              });
              if (outcome.createdProject && outcome.action !== "refused") projectsCreated++;
            });
          } catch (error) {
            if (options.throwWriteErrors) throw new WriteFailed(report, error);
            const cause = error as Error;
            const [ja, en] = isRuleError(cause)
              ? [cause.messageJa, cause.messageEn]
              : [
                  `データベースが拒否しました: ${cause.message}`,
                  `rejected by the database: ${cause.message}`,
                ];
            problems.error(report.origin, "REJECTED_BY_DATABASE", ja, en, {
              report: report.number,
            });
          }
        }
        if (problems.hasErrors || !options.apply) throw new Rollback();
      },
      { timeout: 30 * 60_000, maxWait: 60_000 },
    );
    applied = true;
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  const result = resultOf(lines, problems, applied);
  result.counts.projectsCreated = projectsCreated;
  return result;
}
