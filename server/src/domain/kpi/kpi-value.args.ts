import { Field, ID, InputType } from "type-graphql";
import { DecimalScalar, MonthScalar } from "../../common/scalars";
import type { YearMonth } from "../../rules";

/** ⑥ 最新値 of one KPI as saveReportKpiValues receives it; replaces what was stored. */
@InputType()
export class KpiValueInput {
  @Field(() => ID, { description: "A KPI of the report's project" })
  kpiId!: string | number;

  @Field(() => DecimalScalar, { nullable: true, description: 'Exact decimal, e.g. "682.3"' })
  value?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'The form says "-"; excludes value' })
  notMeasured?: boolean | null;

  @Field(() => MonthScalar, { nullable: true, description: 'Month of the value, "2021-03"' })
  asOf?: YearMonth | null;

  @Field(() => Boolean, { nullable: true, description: "【参考値】" })
  isReference?: boolean | null;
}
