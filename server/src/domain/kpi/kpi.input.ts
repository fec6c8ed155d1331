import { ArgsType, Field, ID, Int } from "type-graphql";
import { KpiDirection } from "../../common/enums";
import { DecimalScalar } from "../../common/scalars";

/** Fields shared by create and update; on update, undefined means "unchanged". */
@ArgsType()
class KpiOptionalFields {
  @Field(() => Int, { nullable: true, description: "①, ②, …; default: the first free slot" })
  position?: number | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: "基準値; null when the form has none",
  })
  baseline?: string | null;

  @Field(() => Int, { nullable: true, description: "目標年月: year (with targetMonth)" })
  targetYear?: number | null;

  @Field(() => Int, { nullable: true, description: "目標年月: month 1–12 (with targetYear)" })
  targetMonth?: number | null;

  @Field(() => KpiDirection, { nullable: true, description: "Default INCREASE" })
  direction?: KpiDirection | null;
}

@ArgsType()
export class KpiCreateInput extends KpiOptionalFields {
  @Field(() => ID)
  projectId!: string | number;

  @Field()
  name!: string;

  @Field(() => DecimalScalar, { description: "目標値" })
  target!: string;

  @Field({ description: '単位, e.g. "千泊"' })
  unit!: string;
}

@ArgsType()
export class KpiUpdateInput extends KpiOptionalFields {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  target?: string | null;

  @Field(() => String, { nullable: true })
  unit?: string | null;
}
