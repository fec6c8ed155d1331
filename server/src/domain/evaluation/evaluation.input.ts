import { ArgsType, Field, ID, Int } from "type-graphql";
import { LIMITS, checkText } from "../report/report-validation";

/** updateEvaluation: ⑦ of a report; only the fields given change, null clears one. */
@ArgsType()
export class EvaluationUpdateInput {
  @Field(() => ID)
  reportId!: string;

  @Field(() => Int, { description: "The report's version the client read (optimistic lock)" })
  version!: number;

  @Field(() => Int, { nullable: true, description: "An EVALUATION category" })
  categoryId?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "事業の評価 as written; defaults to the chosen category's text",
  })
  categoryText?: string | null;

  @Field(() => String, { nullable: true, description: "外部有識者からの意見" })
  opinion?: string | null;
}

export function checkEvaluation(input: EvaluationUpdateInput): void {
  checkText(["categoryText"], input.categoryText, LIMITS.categoryText);
  checkText(["opinion"], input.opinion, LIMITS.longText);
}
