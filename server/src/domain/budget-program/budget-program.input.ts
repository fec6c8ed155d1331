import { Field, InputType } from "type-graphql";
import { badInput, checked } from "../../common/errors";
import { YenScalar } from "../../common/scalars";
import { assertGrantShare } from "../../rules";
import { LIMITS, checkText } from "../report/report-validation";

/** One row of ④ as saveReportPrograms receives it; amounts in exact yen. */
@InputType()
export class BudgetProgramInput {
  @Field({ description: "Name without the (関係分)/(新) markers, 1–200 characters" })
  name!: string;

  @Field(() => Boolean, { nullable: true, description: "(関係分); default false" })
  isPartial?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "(新); default false" })
  isNew?: boolean | null;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => String, { nullable: true })
  mainResults?: string | null;

  @Field(() => YenScalar, { description: "予算額" })
  budget!: number;

  @Field(() => YenScalar, { description: "うち交付金見込: at most the budget" })
  expectedGrant!: number;

  @Field(() => YenScalar, { nullable: true, description: "実績額; absent until entered" })
  actual?: number | null;

  @Field(() => YenScalar, { nullable: true, description: "うち交付金: at most the actual" })
  actualGrant?: number | null;
}

/** Every row, before anything is written; the error names the row: ["programs", i, field]. */
export function checkPrograms(programs: BudgetProgramInput[]): void {
  if (programs.length > LIMITS.programs) {
    throw badInput(
      ["programs"],
      `市予算事業は${LIMITS.programs}件までです`,
      `at most ${LIMITS.programs} programs`,
    );
  }
  programs.forEach((p, i) => {
    const at = (field: string) => ["programs", i, field];
    checkText(at("name"), p.name, LIMITS.programName, true);
    checkText(at("summary"), p.summary, LIMITS.longText);
    checkText(at("mainResults"), p.mainResults, LIMITS.longText);
    checked(at("expectedGrant"), () =>
      assertGrantShare(p.budget, p.expectedGrant, "expectedGrant"),
    );
    checked(at("actualGrant"), () =>
      assertGrantShare(p.actual ?? null, p.actualGrant ?? null, "actualGrant"),
    );
  });
}

/** Prisma rows for a report, positions 1..n in the given order. */
export function programRows(reportId: number, programs: BudgetProgramInput[]) {
  return programs.map((p, i) => ({
    reportId,
    position: i + 1,
    name: p.name.trim(),
    isPartial: p.isPartial ?? false,
    isNew: p.isNew ?? false,
    summary: p.summary ?? null,
    mainResults: p.mainResults ?? null,
    budget: BigInt(p.budget),
    expectedGrant: BigInt(p.expectedGrant),
    actual: p.actual == null ? null : BigInt(p.actual),
    actualGrant: p.actualGrant == null ? null : BigInt(p.actualGrant),
  }));
}
