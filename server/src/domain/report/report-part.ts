import { ArgsType, Field, ID, Int } from "type-graphql";
import { idOf } from "../../common/validate";
import type { Context } from "../../context";
import { partInput } from "./report-inputs";
import { writeReportParts } from "./report-pipeline";

/** ⑦ and ⑧ share one shape: an entry of a category list (with its text as written) and a text. */
@ArgsType()
export class ReportPartArgs {
  @Field(() => ID)
  reportId!: string;

  @Field(() => Int, { description: "The report's version the client read (optimistic lock)" })
  version!: number;

  @Field(() => ID, { nullable: true, description: "An entry of the part's category list" })
  categoryId?: string | number | null;

  @Field(() => String, {
    nullable: true,
    description: "The category as written; defaults to the chosen entry's text",
  })
  categoryText?: string | null;
}

export interface ReportPart {
  name: "evaluation" | "policy";
  /** The part's text column and its label. */
  text: { field: "opinion" | "reason"; label: string };
}

/** Creates or changes the part; only the fields given change, null clears one. Returns the report. */
export async function saveReportPart(
  ctx: Context,
  part: ReportPart,
  args: ReportPartArgs,
  text: string | null | undefined,
) {
  const reportId = idOf(args.reportId, ["reportId"]);
  const input = partInput(part.text, args, text);
  const parts =
    part.name === "evaluation"
      ? { evaluation: { category: input.category, opinion: input.text } }
      : { policy: { category: input.category, reason: input.text } };
  return writeReportParts(ctx, reportId, args.version, parts);
}
