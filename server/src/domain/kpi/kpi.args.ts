import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { KpiDirection } from "../../common/enums";
import { DecimalScalar, MonthScalar } from "../../common/scalars";
import type { YearMonth } from "../../rules";

@InputType({ description: "Filter of allKpis / _allKpisMeta" })
export class KpiFilter {
  @Field(() => [ID], { nullable: true })
  ids?: (string | number)[] | null;

  @Field(() => String, { nullable: true, description: "Part of the name or unit" })
  q?: string | null;

  @Field(() => [ID], { nullable: true })
  projectId?: (string | number)[] | null;

  @Field(() => Boolean, { nullable: true })
  isRetired?: boolean | null;
}

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

  @Field(() => MonthScalar, { nullable: true, description: '目標年月, "2023-03"' })
  targetMonth?: YearMonth | null;

  @Field(() => KpiDirection, { nullable: true, description: "Default INCREASE" })
  direction?: KpiDirection | null;
}

@ArgsType()
export class CreateKpiArgs extends KpiOptionalFields {
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
export class UpdateKpiArgs extends KpiOptionalFields {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: "The version read; a stale one is a CONFLICT" })
  version!: number;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  target?: string | null;

  @Field(() => String, { nullable: true })
  unit?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Off future reports (kept by those that state it); false brings it back",
  })
  isRetired?: boolean | null;
}
