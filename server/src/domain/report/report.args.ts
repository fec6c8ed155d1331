import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { MoneyUnit, ReportStatus } from "../../common/enums";
import { MonthScalar } from "../../common/scalars";
import type { YearMonth } from "../../rules";
import { declareRegistryFields, registryProperties } from "./report-field-graphql";
import { REPORT_FIELDS, type ReportFieldArgs } from "./report-field-registry";

type CreateKey = Extract<(typeof REPORT_FIELDS)[number], { atCreate: true }>["key"];

/** Filter of allReports / _allReportsMeta; all conditions must hold, a list means any of. */
@InputType()
export class ReportFilter {
  @Field(() => [ID], { nullable: true, description: "react-admin's getMany" })
  ids?: (string | number)[] | null;

  @Field(() => String, {
    nullable: true,
    description: "Part of the project name the report states",
  })
  q?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: "Fiscal years (a fiscal year's id is its year)",
  })
  fiscalYear?: (string | number)[] | null;

  @Field(() => [ID], { nullable: true })
  projectId?: (string | number)[] | null;

  @Field(() => [ID], { nullable: true })
  municipalityId?: (string | number)[] | null;

  @Field(() => [ReportStatus], { nullable: true })
  status?: ReportStatus[] | null;
}

/** createReport: a new DRAFT report of a project for one fiscal year. */
@ArgsType()
export class CreateReportArgs extends registryProperties<Pick<ReportFieldArgs, CreateKey>>() {
  @Field(() => ID)
  projectId!: string | number;

  @Field(() => Int, { description: "Fiscal year (Gregorian start year), e.g. 2020 = R2年度" })
  fiscalYear!: number;

  @Field(() => MoneyUnit, { nullable: true, description: "Default 千円 (THOUSAND_YEN)" })
  moneyUnit?: MoneyUnit | null;
}

/**
 * updateReport: the report fields finance may change; absent = unchanged, null = cleared.
 * The form's plain fields (report-field-registry.ts) are declared after these.
 */
@ArgsType()
export class UpdateReportArgs extends registryProperties<ReportFieldArgs>() {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: "The version the client read (optimistic lock)" })
  version!: number;

  @Field(() => MoneyUnit, { nullable: true })
  moneyUnit?: MoneyUnit | null;

  @Field(() => MonthScalar, { nullable: true, description: '実績額 の時点, "2021-03"' })
  actualsAsOf?: YearMonth | null;

  @Field(() => ID, { nullable: true, description: "An EFFECT category" })
  effectCategoryId?: string | number | null;

  @Field(() => String, {
    nullable: true,
    description: "事業効果 as written; defaults to the chosen category's text",
  })
  effectCategoryText?: string | null;

  @Field(() => String, { nullable: true })
  effectText?: string | null;
}

declareRegistryFields(
  CreateReportArgs,
  REPORT_FIELDS.filter((f) => "atCreate" in f),
);
declareRegistryFields(UpdateReportArgs, REPORT_FIELDS);
