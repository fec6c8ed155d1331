/**
 * Checks imported reports against the database and writes them, all in one transaction:
 * a dry run and any blocking error roll it back, so nothing is written unless the whole
 * import is valid, and the dry run reports exactly what the apply would do (the database's
 * own checks included).
 */
import type { PrismaClient } from "../../db/database";
import type { Prisma } from "../../generated/prisma/client";
import { isRuleError } from "../../rules";
import { loadCatalog } from "./catalog";
import { checkReports, type ImportScope } from "./check";
import { convertWith } from "./convert";
import type { ImportedReport } from "./import-model";
import type { Problem, Problems } from "./problems";
import { type ReportAction, writeReport } from "./write-report";

export interface ReportLine {
  file: string;
  line?: number;
  sheet?: string;
  number: number;
  municipality: string;
  fiscalYear: number;
  projectName: string;
  action: ReportAction | "not checked";
  changes: string[];
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
  scope: ImportScope;
  /** false: a dry run, rolled back after everything was checked and written. */
  apply: boolean;
  /** Leave reports that exist alone instead of comparing them (the seed loader). */
  keepExisting?: boolean;
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

export async function applyImport(
  prisma: PrismaClient,
  reports: ImportedReport[],
  problems: Problems,
  options: ImportOptions,
): Promise<ImportResult> {
  const lines = reports.map(lineOf);
  let projectsCreated = 0;
  let applied = false;
  {
    try {
      await prisma.$transaction(
        async (tx) => {
          await options.prepare?.(tx);
          const codes = [...new Set(reports.map((r) => r.municipality.code))];
          const catalog = await loadCatalog(tx, codes);
          // Checked even after a reading error, so that one run lists every problem.
          checkReports(reports, catalog, options.scope, problems, convertWith(problems));
          if (problems.hasErrors) throw new Rollback();
          for (const [i, report] of reports.entries()) {
            try {
              const outcome = await writeReport(tx, report, catalog, problems, options);
              Object.assign(lines[i]!, { action: outcome.action, changes: outcome.changes });
              if (outcome.createdProject) projectsCreated++;
            } catch (error) {
              throw new WriteFailed(report, error);
            }
          }
          if (problems.hasErrors || !options.apply) throw new Rollback();
        },
        { timeout: 30 * 60_000, maxWait: 60_000 },
      );
      applied = true;
    } catch (error) {
      if (error instanceof WriteFailed && options.throwWriteErrors) throw error;
      if (error instanceof WriteFailed) {
        const cause = error.cause as Error;
        const [ja, en] = isRuleError(cause)
          ? [cause.messageJa, cause.messageEn]
          : [
              `データベースが拒否しました: ${cause.message}`,
              `rejected by the database: ${cause.message}`,
            ];
        problems.error(error.report.origin, "REJECTED_BY_DATABASE", ja, en, {
          report: error.report.number,
        });
      } else if (!(error instanceof Rollback)) throw error;
    }
  }
  const result = resultOf(lines, problems, applied);
  result.counts.projectsCreated = projectsCreated;
  return result;
}
