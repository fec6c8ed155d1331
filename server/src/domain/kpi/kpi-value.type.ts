import { Field, ID, Int, ObjectType } from "type-graphql";
import { DecimalScalar } from "../../common/scalars";

/** ⑥ 最新値 of a KPI in one report (the definition it belongs to is ReportKpi). */
@ObjectType()
export class KpiValue {
  @Field(() => ID)
  id!: number;

  @Field(() => Int)
  reportId!: number;

  @Field(() => Int, { nullable: true, description: "null once the KPI definition was deleted" })
  kpiId!: number | null;

  @Field(() => DecimalScalar, { nullable: true })
  value!: unknown;

  @Field({ description: 'The form says "-": not measured' })
  notMeasured!: boolean;

  asOfYear!: number | null;
  asOfMonth!: number | null;

  @Field({ description: "【参考値】" })
  isReference!: boolean;
}
