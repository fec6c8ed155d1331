import { authorizeReport } from "../../auth/guard";
import type { ReportOperation } from "../../auth/permissions";
import { withDbErrors } from "../../errors/db-errors";
import type { CategoryKind } from "../../common/enums";
import { badInput } from "../../errors/api-errors";
import type { Path } from "../../common/validate";
import type { Context } from "../../context";
import { updateVersioned, versioned } from "../../db/optimistic-lock";
import type { Category, Prisma, Report } from "../../generated/prisma/client";
import { categoryText, formatFiscalYear } from "../../rules";
import { LIMITS } from "./report-limits";

/**
 * The frame of every write of a report and its parts: input checks run before, then one
 * transaction checks the permission matrix, claims the report's version and refuses closed
 * fiscal years before the work itself runs. Any throw rolls everything back.
 */
export type Tx = Prisma.TransactionClient;

export async function assertOpenYear(tx: Tx, year: number, field: Path): Promise<void> {
  const fiscal = await tx.fiscalYear.findUnique({ where: { year } });
  if (!fiscal) {
    throw badInput(
      field,
      `年度 ${year} は登録されていません`,
      `fiscal year ${year} does not exist`,
    );
  }
  if (!fiscal.isOpen) {
    const label = formatFiscalYear(year);
    throw badInput(
      field,
      `${label}は締め切られているため、報告の作成・変更はできません`,
      `fiscal year ${year} (${label}) is closed for entry`,
    );
  }
}

const KIND_NAMES: Record<CategoryKind, string> = {
  EFFECT: "事業効果",
  EVALUATION: "事業の評価",
  POLICY: "今後の方針",
};

/** A category chosen for a report part: it must exist and belong to the part's list. */
async function findCategory(
  tx: Tx,
  field: Path,
  id: number,
  kind: CategoryKind,
): Promise<Category> {
  const category = await tx.category.findUnique({ where: { id } });
  if (!category || category.kind !== kind) {
    throw badInput(
      field,
      category
        ? `区分 (id ${id}) は「${KIND_NAMES[kind]}」の区分ではありません`
        : `区分 (id ${id}) は存在しません`,
      category
        ? `category ${id} is a ${category.kind} category, not ${kind}`
        : `category ${id} does not exist`,
    );
  }
  return category;
}

/**
 * The (id, text) change of a category choice. Choosing an entry without text stores the
 * entry's own wording (rules.categoryText), as the form would print it.
 */
export async function categoryChange(
  tx: Tx,
  kind: CategoryKind,
  field: Path,
  id: number | null | undefined,
  text: string | null | undefined,
): Promise<{ id?: number | null; text?: string | null }> {
  if (id === undefined || id === null) return { id, text };
  const category = await findCategory(tx, field, id, kind);
  if (text !== undefined) return { id, text };
  const written = categoryText(category);
  // Label plus explanation may exceed the column; then the client must say how to write it.
  if ([...written].length > LIMITS.categoryText) {
    throw badInput(
      field,
      `区分の表記が${LIMITS.categoryText}文字を超えるため、表記 (categoryText) も指定してください`,
      `the category's text exceeds ${LIMITS.categoryText} characters; give the text as well`,
    );
  }
  return { id, text: written };
}

/**
 * One write of a report or its parts: who may do this to this report in its status comes
 * first (permission matrix, municipality), then the version (stale → CONFLICT), then the
 * fiscal year; `work` gets the report with its version already incremented.
 */
export async function writeReport<T>(
  ctx: Context,
  operation: ReportOperation,
  idField: string,
  reportId: number,
  version: number,
  work: (tx: Tx, report: Report) => Promise<T>,
  options: { editsAmounts?: boolean } = {},
): Promise<T> {
  return withDbErrors(() =>
    ctx.prisma.$transaction(async (tx) => {
      await authorizeReport(ctx, tx, reportId, operation);
      // Who last edited the amounts may not approve them (the four-eyes rule).
      const data = options.editsAmounts ? { amountsEditedById: ctx.actor!.id } : {};
      await updateVersioned(versioned(tx.report), "Report", { id: reportId }, version, data);
      const report = await tx.report.findUniqueOrThrow({ where: { id: reportId } });
      await assertOpenYear(tx, report.fiscalYear, [idField]);
      return work(tx, report);
    }),
  );
}
