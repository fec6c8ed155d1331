import { checkReport, requireActor, type GuardedReport } from "../../auth/guard";
import type { ReportOperation } from "../../auth/permissions";
import { withDbErrors } from "../../errors/db-errors";
import type { CategoryKind } from "../../common/enums";
import { canReadReport } from "../../auth/report-visibility";
import { badInput, notFound, versionConflict } from "../../errors/api-errors";
import type { Path } from "../../common/validate";
import type { Context } from "../../context";
import { ACTOR_IN_WORK, actorSetting } from "../../db/acting-client";
import { Prisma, type Category } from "../../generated/prisma/client";
import { categoryText, formatFiscalYear } from "../../rules";
import type { ReportStatus } from "../../workflow/report-status";
import { LIMITS } from "./report-limits";

/**
 * The frame of every write of a report and its parts: input checks run before, then one
 * transaction checks the permission matrix, claims the report's version and refuses closed
 * fiscal years before the work itself runs. Any throw rolls everything back.
 */
export type Tx = Prisma.TransactionClient;

/** Refuses a fiscal year that does not exist (null) or is closed for entry. */
function refuseClosedYear(year: number, fiscal: { isOpen: boolean } | null, field: Path): void {
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

export async function assertOpenYear(tx: Tx, year: number, field: Path): Promise<void> {
  refuseClosedYear(year, await tx.fiscalYear.findUnique({ where: { year } }), field);
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

/** The report as a write's first statement read it (and locked it, unless a dry run). */
interface OpeningRow {
  id: number;
  status: ReportStatus;
  fiscalYear: number;
  municipalityId: number;
  projectId: number;
  submittedById: number | null;
  amountsEditedById: number | null;
  version: number;
  selfApprovalAllowed: boolean;
  /** null: the fiscal year does not exist. */
  yearOpen: boolean | null;
}
export type OpenedReport = OpeningRow & GuardedReport;

export interface ReportWriteOptions {
  /** The argument that names the report, for errors ("id", "reportId"). */
  idField: string;
  /** Reads and refuses as the write would, without a lock (it may run READ ONLY). */
  dryRun?: boolean;
}

/**
 * One write of a report or its parts, whichever operations of the permission matrix it
 * needs. Its first statement records the actor for the history triggers, locks the report
 * (FOR UPDATE, so that the version read is the one the write replaces) and reads with it
 * the municipality's four-eyes setting and the fiscal year's state. Then, in this order:
 * who (each operation, on this report in its status), the version (stale → CONFLICT), the
 * open fiscal year. `work` runs only after all of them, in the same transaction, and must
 * bump the version if it writes the report.
 */
export async function writeReport<T>(
  ctx: Pick<Context, "prisma" | "actor">,
  reportId: number,
  version: number,
  operations: readonly ReportOperation[],
  options: ReportWriteOptions,
  work: (tx: Tx, report: OpenedReport) => Promise<T>,
): Promise<T> {
  const actor = requireActor(ctx);
  return withDbErrors(() =>
    ctx.prisma.$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<OpeningRow[]>`
        SELECT r."id", r."status"::text AS "status", r."fiscalYear", r."municipalityId",
               r."projectId", r."submittedById", r."amountsEditedById", r."version",
               m."allowSelfApproval" AS "selfApprovalAllowed", fy."isOpen" AS "yearOpen",
               ${actorSetting(actor.id)} AS "actor"
          FROM "Report" r
          JOIN "Municipality" m ON m."id" = r."municipalityId"
          LEFT JOIN "FiscalYear" fy ON fy."year" = r."fiscalYear"
         WHERE r."id" = ${reportId}
         ${options.dryRun ? Prisma.empty : Prisma.sql`FOR UPDATE OF r`}`;
      // No row: nothing is locked and the actor is not recorded, but nothing is written either.
      if (!row || !canReadReport(actor, row)) throw notFound("Report", reportId);
      let report: OpenedReport = { ...row, selfApproval: false };
      for (const operation of operations) report = checkReport(actor, reportId, row, operation);
      if (report.version !== version) throw versionConflict("Report", reportId);
      const fiscal = report.yearOpen === null ? null : { isOpen: report.yearOpen };
      refuseClosedYear(report.fiscalYear, fiscal, [options.idField]);
      return work(tx, report);
    }, ACTOR_IN_WORK),
  );
}
