import { ArgsType, Field, ID, Int } from "type-graphql";
import { MoneyUnit } from "../../common/enums";
import { badInput } from "../../common/errors";
import { YenScalar } from "../../common/scalars";
import { LIMITS, checkText } from "./report-validation";

/** createReport: a new DRAFT report of a project for one fiscal year. */
@ArgsType()
export class ReportCreateInput {
  @Field(() => Int)
  projectId!: number;

  @Field(() => Int, { description: "Fiscal year (Gregorian start year), e.g. 2020 = R2年度" })
  fiscalYear!: number;

  @Field(() => MoneyUnit, { nullable: true, description: "Default 千円 (THOUSAND_YEN)" })
  moneyUnit?: MoneyUnit | null;

  @Field(() => String, { nullable: true })
  department?: string | null;

  @Field(() => String, { nullable: true })
  contact?: string | null;
}

/** updateReport: the report fields a client may change, with the version it read. */
@ArgsType()
export class ReportUpdateInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: "The version the client read (optimistic lock)" })
  version!: number;

  @Field(() => String, { nullable: true })
  department?: string | null;

  @Field(() => String, { nullable: true })
  contact?: string | null;

  @Field(() => MoneyUnit, { nullable: true })
  moneyUnit?: MoneyUnit | null;

  @Field(() => Int, { nullable: true, description: "An EFFECT category" })
  effectCategoryId?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "事業効果 as written; defaults to the chosen category's text",
  })
  effectCategoryText?: string | null;

  @Field(() => String, { nullable: true })
  effectText?: string | null;

  @Field(() => String, { nullable: true, description: "③ 全体概要 as this report states it" })
  overview?: string | null;

  @Field(() => Int, { nullable: true })
  actualsAsOfYear?: number | null;

  @Field(() => Int, { nullable: true })
  actualsAsOfMonth?: number | null;

  @Field(() => YenScalar, { nullable: true })
  statedBudgetTotal?: number | null;

  @Field(() => YenScalar, { nullable: true })
  statedExpectedGrantTotal?: number | null;

  @Field(() => YenScalar, { nullable: true })
  statedActualTotal?: number | null;

  @Field(() => YenScalar, { nullable: true })
  statedActualGrantTotal?: number | null;

  @Field(() => YenScalar, { nullable: true })
  projectActual?: number | null;
}

/** Length limits of the report's own texts (create and update). */
export function checkReportTexts(input: {
  department?: string | null;
  contact?: string | null;
  effectCategoryText?: string | null;
  effectText?: string | null;
  overview?: string | null;
}): void {
  checkText(["department"], input.department, LIMITS.department);
  checkText(["contact"], input.contact, LIMITS.contact);
  checkText(["effectCategoryText"], input.effectCategoryText, LIMITS.categoryText);
  checkText(["effectText"], input.effectText, LIMITS.longText);
  checkText(["overview"], input.overview, LIMITS.overview);
}

/** Input checks of updateReport that need no database (the month pair is checked merged). */
export function checkReportUpdate(input: ReportUpdateInput): void {
  checkReportTexts(input);
  if (input.moneyUnit === null) {
    throw badInput(["moneyUnit"], "金額の単位は省略できません", "moneyUnit cannot be null");
  }
}

const YEN_FIELDS = [
  "statedBudgetTotal",
  "statedExpectedGrantTotal",
  "statedActualTotal",
  "statedActualGrantTotal",
  "projectActual",
] as const;

/** The Prisma data of the fields given (absent = unchanged, null = cleared); yen as BigInt. */
export function reportUpdateData(input: ReportUpdateInput): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  const plain = [
    "department",
    "contact",
    "moneyUnit",
    "effectText",
    "overview",
    "actualsAsOfYear",
    "actualsAsOfMonth",
  ] as const;
  for (const key of plain) if (input[key] !== undefined) data[key] = input[key];
  for (const key of YEN_FIELDS) {
    const value = input[key];
    if (value !== undefined) data[key] = value === null ? null : BigInt(value);
  }
  return data;
}
