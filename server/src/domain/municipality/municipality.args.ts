import { ArgsType, Field, ID, InputType, Int } from "type-graphql";

@InputType({ description: "Filter of allMunicipalities / _allMunicipalitiesMeta" })
export class MunicipalityFilter {
  @Field(() => [ID], { nullable: true })
  ids?: (string | number)[] | null;

  @Field(() => String, { nullable: true, description: "Part of the name, or the code" })
  q?: string | null;

  @Field(() => [String], { nullable: true })
  prefecture?: string[] | null;
}

@ArgsType()
export class CreateMunicipalityArgs {
  @Field({ description: '全国地方公共団体コード: 6 digits, or the printed 5 ("01204")' })
  code!: string;

  @Field()
  name!: string;

  @Field()
  prefecture!: string;
}

@ArgsType()
export class UpdateMunicipalityArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: "The version read; a stale one is a CONFLICT" })
  version!: number;

  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  prefecture?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Relax the four-eyes rule (small towns)" })
  allowSelfApproval?: boolean | null;
}
