import { ArgsType, Field, ID, Int } from "type-graphql";
import type { ReportOperation } from "../../auth/permissions";
import type { CategoryKind } from "../../common/enums";
import { checkText, idOf, optionalIdOf } from "../../common/validate";
import type { Context } from "../../context";
import { LIMITS } from "./report-limits";
import { categoryChange, writeReport } from "./report-write";

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
  operation: ReportOperation;
  kind: CategoryKind;
  /** The part's text column and its label. */
  text: { field: "opinion" | "reason"; label: string };
  upsert(
    tx: Parameters<Parameters<typeof writeReport>[5]>[0],
    reportId: number,
    data: Record<string, unknown>,
  ): Promise<unknown>;
}

/** Creates or changes the part; only the fields given change, null clears one. Returns the report. */
export async function saveReportPart(
  ctx: Context,
  part: ReportPart,
  args: ReportPartArgs,
  text: string | null | undefined,
) {
  const reportId = idOf(args.reportId, ["reportId"]);
  const categoryId = optionalIdOf(args.categoryId, ["categoryId"]);
  const categoryText = checkText(["categoryText"], args.categoryText, {
    label: "区分",
    max: LIMITS.categoryText,
  });
  const body = checkText([part.text.field], text, { label: part.text.label, max: LIMITS.longText });
  return writeReport(
    ctx,
    part.operation,
    "reportId",
    reportId,
    args.version,
    async (tx, report) => {
      const category = await categoryChange(
        tx,
        part.kind,
        ["categoryId"],
        categoryId,
        categoryText,
      );
      await part.upsert(tx, reportId, {
        categoryId: category.id,
        categoryText: category.text,
        [part.text.field]: body,
      });
      return report;
    },
  );
}
