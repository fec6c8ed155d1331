import { ArgsType, Field, ID, InputType, Int } from "type-graphql";

/** KPI slots a grant type's form may have. */
export const MIN_KPI_LIMIT = 1;
export const MAX_KPI_LIMIT = 20;

@InputType({ description: "Filter of allGrantTypes / _allGrantTypesMeta" })
export class GrantTypeFilter {
  @Field(() => [ID], { nullable: true })
  ids?: (string | number)[] | null;

  @Field(() => String, { nullable: true, description: "Part of the name or code" })
  q?: string | null;
}

@ArgsType()
export class CreateGrantTypeArgs {
  @Field({ description: 'Short key, e.g. "SUISHIN"' })
  code!: string;

  @Field()
  name!: string;

  @Field(() => Int, { nullable: true, description: "KPIs per project, 1–20 (default 4)" })
  kpiLimit?: number | null;

  @Field(() => Int, { nullable: true, description: "Order in lists (default: last)" })
  position?: number | null;
}

@ArgsType()
export class UpdateGrantTypeArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: "The version read; a stale one is a CONFLICT" })
  version!: number;

  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => Int, { nullable: true })
  kpiLimit?: number | null;

  @Field(() => Int, { nullable: true })
  position?: number | null;
}
