import { ArgsType, Field, ID, InputType, Int } from "type-graphql";

/** KPI slots a grant type's form may have. */
export const MIN_KPI_LIMIT = 1;
export const MAX_KPI_LIMIT = 20;

@InputType({ description: "Filter of allGrantTypes / _allGrantTypesMeta" })
export class GrantTypeFilter {
  @Field(() => [ID], { nullable: true })
  ids?: (string | number)[];

  @Field({ nullable: true, description: "Part of the name or code" })
  q?: string;
}

@ArgsType()
export class GrantTypeCreateInput {
  @Field({ description: 'Short key, e.g. "SUISHIN"' })
  code!: string;

  @Field()
  name!: string;

  @Field(() => Int, { nullable: true, description: "KPIs per project, 1–20 (default 4)" })
  kpiLimit?: number;

  @Field(() => Int, { nullable: true, description: "Order in lists (default: last)" })
  position?: number;
}

@ArgsType()
export class GrantTypeUpdateInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => Int, { nullable: true })
  kpiLimit?: number | null;

  @Field(() => Int, { nullable: true })
  position?: number | null;
}
