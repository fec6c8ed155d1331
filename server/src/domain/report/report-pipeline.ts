/**
 * The one pipeline of every write to a report's parts, whichever door it comes through
 * (GraphQL mutations, the import over HTTP and the CLI, the seed loader). A fixed order in
 * one transaction: who (permission matrix per part) → input checks (done by the callers with
 * report-inputs.ts before this runs) → version → open fiscal year → write → project copy →
 * bookkeeping (who last edited the amounts) → history (the triggers record the actor; an
 * import adds a note naming itself and its file). A dry run stops before the version claim
 * turns into a write: it reads and refuses exactly as the write would, and writes nothing.
 */
import { needsRole, requireActor } from "../../auth/guard";
import { REPORT_PERMISSIONS, canOnReport, type ReportOperation } from "../../auth/permissions";
import { CategoryKind } from "../../common/enums";
import { badInput } from "../../errors/api-errors";
import type { Context } from "../../context";
import type { Kpi, Prisma, Report } from "../../generated/prisma/client";
import { FOLLOWS_PROJECT } from "../../workflow/report-status";
import {
  EVALUATION_PART,
  FUTURE_POLICY_PART,
  REPORT_PARTS,
  type ReportPartDefinition,
} from "../report-part/report-part";
import { noteHistory, type HistoryNote } from "./report-history-note";
import type { CategoryChoice, KpiValueRow, ProgramRow } from "./report-inputs";
import { copyProjectIntoReports, kpiDefinitionOf } from "./report-project-copy";
import { categoryChange, writeReport, type Tx } from "./report-write";

/** Who writes: the signed-in user; `prisma` may be a transaction the caller joins. */
export type WriteContext = Pick<Context, "prisma" | "actor">;

/** Checked input per part; a part left out is not touched. */
export interface ReportParts {
  /** The report's own columns (header, ③, ⑤ totals, ⑥): finance. */
  report?: { data: Record<string, unknown>; effect?: CategoryChoice; editsAmounts: boolean };
  /** ④ all programs, replaced in the order given. */
  programs?: ProgramRow[];
  /** ⑤ latest values of the KPIs named. */
  kpiValues?: KpiValueRow[];
  /** ⑦ the expert's evaluation (report-part.ts). */
  evaluation?: CategoryPartInput;
  /** ⑧ future policy. */
  policy?: CategoryPartInput;
}
export type PartName = keyof ReportParts;

/** ⑦ or ⑧ as checked: its category and its text (undefined fields stay as they are). */
export interface CategoryPartInput {
  category: CategoryChoice;
  text: string | null | undefined;
}

/** Which operation of the permission matrix each part needs. */
export const PART_OPERATIONS: Record<PartName, ReportOperation> = {
  report: "editFinance",
  programs: "editFinance",
  kpiValues: "editFinance",
  evaluation: EVALUATION_PART.operation,
  policy: FUTURE_POLICY_PART.operation,
};

/** What writing a part's row needs of its Prisma delegate (one row per report). */
interface PartTable {
  upsert(args: { where: { reportId: number }; create: object; update: object }): Promise<unknown>;
}

const partsOf = (parts: ReportParts) =>
  (Object.keys(parts) as PartName[]).filter((p) => parts[p] !== undefined);

export interface PartWriteOptions {
  /** Reads and refuses as the write would; writes nothing (no ids, no version). */
  dryRun?: boolean;
  /** A note in the report's history beside the triggers' rows (an import, an archive). */
  note?: HistoryNote;
  /** The argument that names the report, for errors ("id", "reportId"). */
  idField?: string;
}

type CategoryChange = Awaited<ReturnType<typeof categoryChange>>;

/** Categories resolved against their lists (reads only). */
async function resolveCategories(tx: Tx, parts: ReportParts) {
  const at = (field: string) => [field];
  const choose = (kind: CategoryKind, field: string, c: CategoryChoice | undefined) =>
    c ? categoryChange(tx, kind, at(field), c.id, c.text) : Promise.resolve(undefined);
  const effect = await choose(CategoryKind.EFFECT, "effectCategoryId", parts.report?.effect);
  const chosen: Partial<Record<ReportPartDefinition["part"], CategoryChange>> = {};
  for (const definition of REPORT_PARTS) {
    const { part, categoryKind } = definition;
    chosen[part] = await choose(categoryKind, "categoryId", parts[part]?.category);
  }
  return { effect, ...chosen };
}

/** KPI values may name only KPIs in use of the report's project; returns those KPIs. */
async function assertKpis(
  tx: Tx,
  report: Pick<Report, "projectId">,
  rows: KpiValueRow[] | undefined,
) {
  if (!rows?.length) return new Map<number, Kpi>();
  const kpis = await tx.kpi.findMany({
    where: { projectId: report.projectId, id: { in: rows.map((r) => r.kpiId) }, isRetired: false },
  });
  const known = new Map(kpis.map((k) => [k.id, k]));
  const unknown = rows.findIndex((r) => !known.has(r.kpiId));
  if (unknown >= 0) {
    const kpiId = rows[unknown]!.kpiId;
    throw badInput(
      ["values", unknown, "kpiId"],
      `KPI (id ${kpiId}) はこの報告の事業で使用中のKPIではありません`,
      `KPI ${kpiId} is not a KPI in use of this report's project`,
    );
  }
  return known;
}

/**
 * The write itself: only the parts given. `bookkeeping` (the version claim and who edited
 * the amounts) rides on the report's own update, which runs then even without its part.
 */
async function writeParts(
  tx: Tx,
  reportId: number,
  parts: ReportParts,
  categories: Awaited<ReturnType<typeof resolveCategories>>,
  kpis: Map<number, Kpi>,
  bookkeeping?: Prisma.ReportUncheckedUpdateInput,
): Promise<Report | null> {
  let written: Report | null = null;
  const choice = (c: { id?: number | null; text?: string | null } | undefined) => ({
    categoryId: c?.id,
    categoryText: c?.text,
  });
  if (parts.report || bookkeeping) {
    const effect = categories.effect;
    written = await tx.report.update({
      where: { id: reportId },
      data: {
        ...parts.report?.data,
        ...(effect ? { effectCategoryId: effect.id, effectCategoryText: effect.text } : {}),
        ...bookkeeping,
      },
    });
  }
  if (parts.programs) {
    await tx.budgetProgram.deleteMany({ where: { reportId } });
    await tx.budgetProgram.createMany({
      data: parts.programs.map((row) => ({ ...row, reportId })),
    });
  }
  for (const { kpiId, data } of parts.kpiValues ?? []) {
    // A report being written has a row per KPI in use (report-project-copy.ts); create is the fallback.
    await tx.kpiValue.upsert({
      where: { reportId_kpiId: { reportId, kpiId } },
      create: { reportId, ...kpiDefinitionOf(kpis.get(kpiId)!), ...data },
      update: data,
    });
  }
  for (const definition of REPORT_PARTS) {
    const input = parts[definition.part];
    if (!input) continue;
    const data = { ...choice(categories[definition.part]), [definition.text.field]: input.text };
    const table = tx[definition.table] as unknown as PartTable;
    await table.upsert({ where: { reportId }, create: { reportId, ...data }, update: data });
  }
  return written;
}

/** The write stage alone, for an operation that made its own checks (workflow/archive-report.ts). */
export async function writeCheckedParts(tx: Tx, report: Report, parts: ReportParts) {
  const kpis = await assertKpis(tx, report, parts.kpiValues);
  await writeParts(tx, report.id, parts, await resolveCategories(tx, parts), kpis);
}

const editsAmounts = (parts: ReportParts) =>
  parts.programs !== undefined || parts.report?.editsAmounts === true;

/** Writes the given parts of a report the client read at `version`; returns the report. */
export async function writeReportParts(
  ctx: WriteContext,
  reportId: number,
  version: number,
  parts: ReportParts,
  options: PartWriteOptions = {},
): Promise<Report> {
  // Who: every part's operation, on this report in its status (one permission table); then
  // the version and the open fiscal year (report-write.ts).
  const operations = [...new Set(partsOf(parts).map((p) => PART_OPERATIONS[p]))];
  const frame = { idField: options.idField ?? "reportId", dryRun: options.dryRun };
  return writeReport(ctx, reportId, version, operations, frame, async (tx, report) => {
    const categories = await resolveCategories(tx, parts);
    const kpis = await assertKpis(tx, report, parts.kpiValues);
    if (options.dryRun) return tx.report.findUniqueOrThrow({ where: { id: reportId } });
    // The version claim (the report is locked since it was read at `version`) and who last
    // edited the amounts, who may not approve them (four eyes), in the report's own update,
    // whose RETURNING is the report as it now stands.
    const bookkeeping: Prisma.ReportUncheckedUpdateInput = {
      version: { increment: 1 },
      ...(editsAmounts(parts) ? { amountsEditedById: requireActor(ctx).id } : {}),
    };
    let current = (await writeParts(tx, reportId, parts, categories, kpis, bookkeeping))!;
    // The report states its project as it now is while it follows it. Project and KPI edits
    // copy themselves into such reports (report-project-copy.ts); of the parts, only KPI
    // values live in rows the copy keeps, so only they need it here.
    if (parts.kpiValues && FOLLOWS_PROJECT.includes(report.status)) {
      await copyProjectIntoReports(tx, { reportIds: [reportId] });
      current = await tx.report.findUniqueOrThrow({ where: { id: reportId } });
    }
    if (options.note) await noteHistory(tx, reportId, options.note);
    return current;
  });
}

/**
 * The "who" of parts for a report that does not exist yet (a dry run of an import that
 * would create it as a DRAFT of `municipalityId`), with the same refusals as above.
 */
export async function checkPartsOfNewReport(
  ctx: WriteContext,
  tx: Tx,
  municipalityId: number,
  parts: ReportParts,
): Promise<void> {
  const actor = requireActor(ctx);
  for (const part of partsOf(parts)) {
    const operation = PART_OPERATIONS[part];
    if (!canOnReport(actor, operation, { status: "DRAFT", municipalityId }))
      throw needsRole(REPORT_PERMISSIONS[operation].roles, { operation });
  }
  await resolveCategories(tx, parts);
}
