import type { Context } from "../../context";
import { programRows } from "../report/report-inputs";
import { writeReportParts } from "../report/report-pipeline";
import type { BudgetProgramInput } from "./budget-program.args";

/** Replaces all programs of a report, in the given order (positions 1..n), in one transaction. */
export async function saveReportPrograms(
  ctx: Context,
  reportId: number,
  version: number,
  programs: BudgetProgramInput[],
) {
  return writeReportParts(ctx, reportId, version, { programs: programRows(programs) });
}
