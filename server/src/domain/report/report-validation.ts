import type { Context } from "../../context";
import { authorizeReport } from "../../auth/guard";
import type { ReportOperation } from "../../auth/permissions";
import { Prisma } from "../../generated/prisma/client";
import type { Category, Report } from "../../generated/prisma/client";
import type { CategoryKind } from "../../common/enums";
import { withDbErrors } from "../../common/db-errors";
import { badInput } from "../../common/errors";
import { claimReportVersion } from "../../db/optimistic-lock";
import { categoryText, formatFiscalYear } from "../../rules";

/**
 * Checks and the write frame shared by every mutation of a report and its parts: input
 * checks run before any write, then one transaction claims the report's version first.
 */
export type Tx = Prisma.TransactionClient;
export type FieldPath = (string | number)[];

/** Character limits; the VARCHAR columns count characters (code points), so do we. */
export const LIMITS = {
  department: 100,
  contact: 200,
  programName: 200,
  categoryText: 200,
  longText: 4000,
  /** ③ 全体概要, the same on the project and its reports. */
  overview: 20000,
  programs: 100,
} as const;

/** Months of reports and KPI values: from Heisei on, with room for long plans. */
export const YEAR_RANGE = { min: 1989, max: 2100 } as const;

/** Optional text up to `max` characters; `required` also rejects null, "" and blanks. */
export function checkText(
  field: FieldPath,
  value: string | null | undefined,
  max: number,
  required = false,
): void {
  if (value == null || (!required && value === "")) {
    if (required) throw badInput(field, "入力してください", "is required");
    return;
  }
  if (required && value.trim() === "") throw badInput(field, "入力してください", "is required");
  const length = [...value].length;
  if (length > max) {
    throw badInput(
      field,
      `${max}文字以内で入力してください (${length}文字)`,
      `must be at most ${max} characters (got ${length})`,
    );
  }
}

/** A month given as year + month: both or neither, month 1–12, year within YEAR_RANGE. */
export function checkYearMonth(
  base: FieldPath,
  keys: [string, string],
  year: number | null | undefined,
  month: number | null | undefined,
): void {
  const [yearKey, monthKey] = keys;
  if ((year == null) !== (month == null)) {
    const missing = year == null ? yearKey : monthKey;
    throw badInput(
      [...base, missing],
      "年と月は両方とも入力してください",
      "give both year and month, or neither",
    );
  }
  if (year != null && (!Number.isInteger(year) || year < YEAR_RANGE.min || year > YEAR_RANGE.max)) {
    throw badInput(
      [...base, yearKey],
      `年は${YEAR_RANGE.min}〜${YEAR_RANGE.max}です`,
      `year must be ${YEAR_RANGE.min} to ${YEAR_RANGE.max}`,
    );
  }
  if (month != null && (!Number.isInteger(month) || month < 1 || month > 12)) {
    throw badInput([...base, monthKey], "月は1〜12です", "month must be 1 to 12");
  }
}

const KIND_NAMES: Record<CategoryKind, string> = {
  EFFECT: "事業効果",
  EVALUATION: "事業の評価",
  POLICY: "今後の方針",
};

/** A category chosen for a report part: it must exist and belong to the part's list. */
export async function findCategory(
  tx: Tx,
  field: FieldPath,
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
  field: FieldPath,
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

/** The report as a JSON value (BigInt yen as numbers) for a CONFLICT's `current`. */
export function reportJson(report: Report | null): unknown {
  if (!report) return null;
  return JSON.parse(JSON.stringify(report, (_k, v) => (typeof v === "bigint" ? Number(v) : v)));
}

export async function assertOpenYear(tx: Tx, year: number, field: FieldPath): Promise<void> {
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

/**
 * One write of a report or its parts: checks the permission matrix (role, municipality,
 * status), claims `version` (stale → CONFLICT with the
 * report as it is now), refuses reports of closed fiscal years, then runs `work` with the
 * claimed report (its version already incremented). Any throw rolls everything back.
 */
export async function writeReport<T>(
  ctx: Context,
  operation: ReportOperation,
  idField: string,
  reportId: number,
  version: number,
  work: (tx: Tx, report: Report) => Promise<T>,
): Promise<T> {
  return withDbErrors(() =>
    ctx.prisma.$transaction(async (tx) => {
      // Who may do this to this report in its status comes first; then the version.
      await authorizeReport(ctx, tx, reportId, operation);
      await claimReportVersion(tx, reportId, version, async (t) =>
        reportJson(await t.report.findUnique({ where: { id: reportId } })),
      );
      const report = await tx.report.findUniqueOrThrow({ where: { id: reportId } });
      await assertOpenYear(tx, report.fiscalYear, [idField]);
      return work(tx, report);
    }),
  );
}
