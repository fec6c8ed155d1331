/** What every report of one import shares, and how a refusal of the domain becomes a located problem. */
import { GraphQLError } from "graphql";
import type { WriteContext } from "../../domain/report/report-pipeline";
import type { Tx } from "../../domain/report/report-write";
import type { ImportCatalog } from "./catalog";
import type { ImportedReport } from "./import-model";
import type { Origin, Problems } from "./problems";
import type { WriteOutcome } from "./import-report";

export interface ImportRun {
  /** The importing user, writing through the import's one transaction. */
  ctx: WriteContext;
  tx: Tx;
  catalog: ImportCatalog;
  problems: Problems;
  dryRun: boolean;
  /** Names this import in the history of every report it writes. */
  importId: string;
  /** The seed loader: a system write, which may create projects and leaves existing reports alone. */
  system?: boolean;
  keepExisting?: boolean;
  /** The system administrator's archive of earlier years' published reports (archive-import.ts). */
  archive?: (
    report: ImportedReport,
    project: { id: number } | null,
    current: { status: string } | null,
  ) => Promise<WriteOutcome>;
}

/** Where in the file an argument path of the domain's checks points. */
function originOf(report: ImportedReport, field: unknown, fallback: Origin): Origin {
  if (!Array.isArray(field)) return fallback;
  const [list, index] = field as [string, number];
  if (list === "programs") return report.programs[index]?.origin ?? fallback;
  if (list === "values") return report.kpis[index]?.origin ?? fallback;
  return fallback;
}

/**
 * Runs one step of the domain for `report`; a coded refusal (FORBIDDEN, CONFLICT,
 * BAD_USER_INPUT…) becomes an error at its place in the file with the same code and
 * messages as over GraphQL, and the step's result is undefined.
 */
export async function located<T>(
  run: ImportRun,
  report: ImportedReport,
  origin: Origin,
  where: string | undefined,
  step: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await step();
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    const { code, messageEn, field } = error.extensions as {
      code: string;
      messageEn?: string;
      field?: unknown;
    };
    run.problems.error(
      originOf(report, field, origin),
      code,
      error.message,
      messageEn ?? error.message,
      { report: report.number, where },
    );
    return undefined;
  }
}
