import { ArgsType, Field, ID, Int } from "type-graphql";
import { LIMITS, checkText } from "../report/report-validation";

/** updateFuturePolicy: ⑧ of a report; only the fields given change, null clears one. */
@ArgsType()
export class FuturePolicyUpdateInput {
  @Field(() => ID)
  reportId!: string;

  @Field(() => Int, { description: "The report's version the client read (optimistic lock)" })
  version!: number;

  @Field(() => Int, { nullable: true, description: "A POLICY category" })
  categoryId?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "今後の方針 as written; defaults to the chosen category's text",
  })
  categoryText?: string | null;

  @Field(() => String, { nullable: true, description: "今後の方針の理由" })
  reason?: string | null;
}

export function checkFuturePolicy(input: FuturePolicyUpdateInput): void {
  checkText(["categoryText"], input.categoryText, LIMITS.categoryText);
  checkText(["reason"], input.reason, LIMITS.longText);
}
