import { Field, ID, Int, ObjectType } from "type-graphql";

/** A grant project: ① name, ② plan period, ③ overview. KPIs and reports are field resolvers. */
@ObjectType()
export class Project {
  @Field(() => ID)
  id!: number;

  @Field(() => Int)
  municipalityId!: number;

  @Field(() => Int)
  grantTypeId!: number;

  @Field(() => Int, { description: "No in the city's list" })
  number!: number;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: 'e.g. "北海道共同申請"' })
  jointApplicationNote!: string | null;

  @Field(() => Int, { nullable: true })
  planFirstYear!: number | null;

  @Field(() => Int, { nullable: true })
  planLastYear!: number | null;

  @Field(() => String, { nullable: true })
  overview!: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. "旭川市関係分"' })
  kpiNameNote!: string | null;

  @Field(() => Int)
  version!: number;
}
