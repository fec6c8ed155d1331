import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { ReportStatus } from "../../common/enums";

/** How many projects' current reports are in one status. */
@ObjectType()
export class StatusCount {
  @Field(() => ReportStatus)
  status!: ReportStatus;

  @Field(() => Int)
  count!: number;
}

/**
 * The figures of one fiscal year: the KPI figures the national government publishes, and the
 * reports by status. Each project counts once, from its current report (its newest revision
 * the reader may see; a superseded one never).
 */
@ObjectType()
export class FiscalYearSummary {
  @Field(() => Int)
  year!: number;

  @Field({ description: 'e.g. "R2年度"' })
  label!: string;

  @Field(() => Int)
  reportCount!: number;

  @Field(() => Int, { description: "All KPIs of the reports, with or without a latest value" })
  kpiCount!: number;

  @Field(() => Int)
  achievedKpiCount!: number;

  @Field(() => Int, { description: "Reports with at least one achieved KPI" })
  reportsWithAchievedKpi!: number;

  @Field(() => Float, { nullable: true, description: "achievedKpiCount / kpiCount" })
  achievedKpiShare!: number | null;

  @Field(() => Float, { nullable: true, description: "reportsWithAchievedKpi / reportCount" })
  reportsWithAchievedKpiShare!: number | null;

  @Field(() => [StatusCount], { description: "Every status, with 0 for one without reports" })
  statusCounts!: StatusCount[];

  @Field(() => [ID], { description: "The current report of each project, e.g. for a chart" })
  reportIds!: string[];
}
