import { Field, ID, InputType } from "type-graphql";
import { YenScalar } from "../../common/scalars";

/** Filter of allBudgetPrograms / _allBudgetProgramsMeta; all conditions must hold. */
@InputType()
export class BudgetProgramFilter {
  @Field(() => [ID], { nullable: true, description: "react-admin's getMany" })
  ids?: (string | number)[] | null;

  @Field(() => String, { nullable: true, description: "Part of the name, summary or results" })
  q?: string | null;

  @Field(() => [ID], { nullable: true })
  reportId?: (string | number)[] | null;
}

/** One row of ④ as saveReportPrograms receives it; amounts in exact yen. */
@InputType()
export class BudgetProgramInput {
  @Field({ description: "Name without the (関係分)/(新) markers, 1–200 characters" })
  name!: string;

  @Field(() => Boolean, { nullable: true, description: "(関係分); default false" })
  isPartial?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "(新); default false" })
  isNew?: boolean | null;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => String, { nullable: true })
  mainResults?: string | null;

  @Field(() => YenScalar, { description: "予算額" })
  budget!: number;

  @Field(() => YenScalar, { description: "うち交付金見込: at most the budget" })
  expectedGrant!: number;

  @Field(() => YenScalar, { nullable: true, description: "実績額; absent until entered" })
  actual?: number | null;

  @Field(() => YenScalar, { nullable: true, description: "うち交付金: at most the actual" })
  actualGrant?: number | null;
}
