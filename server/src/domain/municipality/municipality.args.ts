import { ArgsType, Field, ID, InputType } from "type-graphql";

@InputType({ description: "Filter of allMunicipalities / _allMunicipalitiesMeta" })
export class MunicipalityFilter {
  @Field(() => [ID], { nullable: true })
  ids?: (string | number)[];

  @Field({ nullable: true, description: "Part of the name or the code" })
  q?: string;

  @Field({ nullable: true })
  prefecture?: string;
}

@ArgsType()
export class MunicipalityCreateInput {
  @Field({ description: "全国地方公共団体コード, 6 digits with check digit" })
  code!: string;

  @Field()
  name!: string;

  @Field()
  prefecture!: string;
}

@ArgsType()
export class MunicipalityUpdateInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  prefecture?: string | null;
}
