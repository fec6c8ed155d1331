import { Field, ID, Int, ObjectType } from "type-graphql";
import { MoneyUnit, ReportStatus } from "../../common/enums";
import { Category } from "../category/category.type";
import { Municipality } from "../municipality/municipality.type";
import { Project } from "../project/project.type";
import { declareRegistryFields, registryProperties } from "./report-field-graphql";
import { REPORT_FIELDS, type ReportFieldRow } from "./report-field-registry";

/**
 * 事業実施結果報告: one project's report for one fiscal year, as stored. Parts and computed
 * figures (totals, execution rate, discrepancies, labels) are field resolvers in
 * report.resolver.ts. Money fields are exact yen; see Amount for the report's own unit. A
 * relation comes before its key, so that a record sent back as a client holds it has the key win.
 * The form's plain fields (texts, stated totals) come from the registry, after these.
 */
@ObjectType()
export class Report extends registryProperties<ReportFieldRow>() {
  @Field(() => ID)
  id!: number;

  @Field(() => Project, {
    nullable: true,
    description:
      "The project as it is now, for its municipality only; the report states its own copy",
  })
  project?: Project | null;

  @Field(() => ID)
  projectId!: number;

  @Field(() => Municipality, { nullable: true })
  municipality?: Municipality | null;

  @Field(() => ID)
  municipalityId!: number;

  @Field(() => Int, { description: "Fiscal year (Gregorian start year), the FiscalYear's id" })
  fiscalYear!: number;

  @Field(() => ReportStatus)
  status!: ReportStatus;

  @Field(() => Int, { description: "1, or the number of the correction of a published report" })
  revision!: number;

  @Field(() => Date, { nullable: true, description: "When this revision was published" })
  publishedAt!: Date | null;

  @Field(() => Int, { description: "Optimistic lock: send it back with every update" })
  version!: number;

  @Field(() => MoneyUnit)
  moneyUnit!: MoneyUnit;

  @Field({ description: "① 国提出事業名 as this report states it (frozen from approval on)" })
  projectName!: string;

  @Field(() => String, {
    nullable: true,
    description: '【…】 after the name, e.g. "北海道共同申請"',
  })
  jointApplicationNote!: string | null;

  @Field(() => Int, { nullable: true, description: "② first fiscal year of the plan period" })
  planFirstYear!: number | null;

  @Field(() => Int, { nullable: true, description: "② last fiscal year of the plan period" })
  planLastYear!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Year of the plan as the form states it ("3年度目" → 3)',
  })
  statedYearOfPlan!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Qualifier of the KPI header, "旭川市関係分"',
  })
  kpiNameNote!: string | null;

  actualsAsOfYear!: number | null;
  actualsAsOfMonth!: number | null;
  submittedById!: number | null;
  amountsEditedById!: number | null;

  @Field(() => Category, { nullable: true, description: "⑥ 事業効果 as a list entry" })
  effectCategory?: Category | null;

  @Field(() => ID, { nullable: true })
  effectCategoryId!: number | null;

  @Field(() => String, { nullable: true, description: "事業効果 as written" })
  effectCategoryText!: string | null;

  @Field(() => String, { nullable: true })
  effectText!: string | null;

  @Field(() => String, { nullable: true, description: "Where an imported report came from" })
  source!: string | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

declareRegistryFields(Report, REPORT_FIELDS);
