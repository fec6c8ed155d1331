import { badInput, checked } from "../../common/errors";
import { checkText, type Path } from "../../common/validate";
import type { Context } from "../../context";
import { assertGrantShare } from "../../rules";
import { LIMITS } from "../report/report-limits";
import { writeReport } from "../report/report-write";
import type { BudgetProgramInput } from "./budget-program.args";

/** Every row checked before anything is written; an error names the row: ["programs", i, field]. */
function programRows(reportId: number, programs: BudgetProgramInput[]) {
  if (programs.length > LIMITS.programs) {
    throw badInput(
      ["programs"],
      `市予算事業は${LIMITS.programs}件までです`,
      `at most ${LIMITS.programs} programs`,
    );
  }
  return programs.map((p, i) => {
    const at = (field: string): Path => ["programs", i, field];
    checked(at("expectedGrant"), () =>
      assertGrantShare(p.budget, p.expectedGrant, "expectedGrant"),
    );
    checked(at("actualGrant"), () =>
      assertGrantShare(p.actual ?? null, p.actualGrant ?? null, "actualGrant"),
    );
    return {
      reportId,
      position: i + 1,
      name: checkText(at("name"), p.name, {
        label: "事業名",
        max: LIMITS.programName,
        required: true,
      })!,
      isPartial: p.isPartial ?? false,
      isNew: p.isNew ?? false,
      summary: checkText(at("summary"), p.summary, { label: "概要", max: LIMITS.longText }) ?? null,
      mainResults:
        checkText(at("mainResults"), p.mainResults, {
          label: "主な事業実績",
          max: LIMITS.longText,
        }) ?? null,
      budget: BigInt(p.budget),
      expectedGrant: BigInt(p.expectedGrant),
      actual: p.actual == null ? null : BigInt(p.actual),
      actualGrant: p.actualGrant == null ? null : BigInt(p.actualGrant),
    };
  });
}

/** Replaces all programs of a report, in the given order (positions 1..n), in one transaction. */
export async function saveReportPrograms(
  ctx: Context,
  reportId: number,
  version: number,
  programs: BudgetProgramInput[],
) {
  const rows = programRows(reportId, programs);
  return writeReport(
    ctx,
    "editFinance",
    "reportId",
    reportId,
    version,
    async (tx, report) => {
      await tx.budgetProgram.deleteMany({ where: { reportId } });
      await tx.budgetProgram.createMany({ data: rows });
      return report;
    },
    { editsAmounts: true },
  );
}
