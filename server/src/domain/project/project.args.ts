import { ArgsType, Field, ID, InputType, Int } from "type-graphql";

@InputType({ description: "Filter of allProjects / _allProjectsMeta" })
export class ProjectFilter {
  @Field(() => [ID], { nullable: true })
  ids?: (string | number)[] | null;

  @Field(() => String, { nullable: true, description: "Part of the name" })
  q?: string | null;

  @Field(() => [ID], { nullable: true })
  municipalityId?: (string | number)[] | null;

  @Field(() => [ID], { nullable: true })
  grantTypeId?: (string | number)[] | null;
}

/** Fields shared by create and update; on update, undefined means "unchanged". */
@ArgsType()
class ProjectOptionalFields {
  @Field(() => String, { nullable: true, description: 'e.g. "北海道共同申請" (without 【】)' })
  jointApplicationNote?: string | null;

  @Field(() => Int, { nullable: true, description: "② first fiscal year; both or neither" })
  planFirstYear?: number | null;

  @Field(() => Int, { nullable: true, description: "② last fiscal year; both or neither" })
  planLastYear?: number | null;

  @Field(() => String, { nullable: true, description: "③ 全体概要" })
  overview?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. "旭川市関係分"' })
  kpiNameNote?: string | null;
}

@ArgsType()
export class CreateProjectArgs extends ProjectOptionalFields {
  @Field(() => ID)
  municipalityId!: string | number;

  @Field(() => ID)
  grantTypeId!: string | number;

  @Field(() => Int, { description: "No in the city's list, 1 or more" })
  number!: number;

  @Field({ description: "① 国提出事業名" })
  name!: string;
}

@ArgsType()
export class UpdateProjectArgs extends ProjectOptionalFields {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: "The version read; a stale one is a CONFLICT" })
  version!: number;

  @Field(() => ID, { nullable: true })
  municipalityId?: string | number | null;

  @Field(() => ID, { nullable: true })
  grantTypeId?: string | number | null;

  @Field(() => Int, { nullable: true })
  number?: number | null;

  @Field(() => String, { nullable: true })
  name?: string | null;
}
