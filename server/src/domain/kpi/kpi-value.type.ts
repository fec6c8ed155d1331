import { Field, ID, ObjectType } from "type-graphql";
import { DecimalScalar, MonthScalar, monthOf } from "../../common/scalars";
import { type YearMonth, formatMonth } from "../../rules";

/** ⑥ 最新値 of a KPI in one report (the definition it belongs to is ReportKpi). */
@ObjectType()
export class KpiValue {
  @Field(() => ID)
  id!: number;

  @Field(() => ID)
  reportId!: number;

  @Field(() => ID, { nullable: true, description: "null once the KPI definition was deleted" })
  kpiId!: number | null;

  @Field(() => DecimalScalar, { nullable: true })
  value!: unknown;

  @Field({ description: 'The form says "-": not measured' })
  notMeasured!: boolean;

  asOfYear!: number | null;
  asOfMonth!: number | null;

  @Field(() => MonthScalar, { nullable: true, description: 'Month of the value, "2021-03"' })
  asOf(): YearMonth | null {
    return monthOf(this.asOfYear, this.asOfMonth);
  }

  @Field(() => String, { nullable: true, description: 'Month of the value in wareki, "R3.3"' })
  asOfLabel(): string | null {
    const month = this.asOf();
    return month && formatMonth(month);
  }

  @Field(() => String, { nullable: true, description: 'Month of the value, "令和3年3月"' })
  asOfLabelLong(): string | null {
    const month = this.asOf();
    return month && formatMonth(month, "long");
  }

  @Field({ description: "【参考値】" })
  isReference!: boolean;
}
