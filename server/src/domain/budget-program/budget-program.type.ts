import { Field, ID, Int, ObjectType } from "type-graphql";
import { YenScalar } from "../../common/scalars";
import { Report } from "../report/report.type";

/** ④ 市予算事業: amounts in exact yen (the *Amount fields give them in the report's unit). */
@ObjectType()
export class BudgetProgram {
  @Field(() => ID)
  id!: number;

  @Field(() => Report, { nullable: true, description: "The report this program belongs to" })
  report?: Report | null;

  @Field(() => ID)
  reportId!: number;

  @Field(() => Int)
  position!: number;

  @Field({ description: "Name without the (関係分)/(新) markers" })
  name!: string;

  @Field({ description: "(関係分)" })
  isPartial!: boolean;

  @Field({ description: "(新)" })
  isNew!: boolean;

  @Field(() => String, { nullable: true })
  summary!: string | null;

  @Field(() => String, { nullable: true })
  mainResults!: string | null;

  @Field(() => YenScalar)
  budget!: bigint;

  @Field(() => YenScalar)
  expectedGrant!: bigint;

  @Field(() => YenScalar, { nullable: true })
  actual!: bigint | null;

  @Field(() => YenScalar, { nullable: true })
  actualGrant!: bigint | null;
}
