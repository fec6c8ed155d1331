import { authorizeReport } from "../auth/guard";
import type { ReportOperation } from "../auth/permissions";
import { apiError } from "../errors/api-errors";
import { requiredText } from "../common/validate";
import type { Context } from "../context";
import { updateVersioned, versioned } from "../db/optimistic-lock";
import { reportInStepWithProject } from "../domain/report/report-project-copy";
import { assertOpenYear } from "../domain/report/report-write";
import { FOLLOWS_PROJECT, nextStatus, type Transition } from "./report-status";
import { acknowledgeTotalsDifference } from "./totals-difference";

const SELF_APPROVAL_NOTES = {
  approve: "自己承認: 提出または金額の編集をした本人が承認しました (団体の設定により許可)",
  publish: "自己承認: 提出または金額の編集をした本人が公表しました (団体の設定により許可)",
} as const;

/**
 * Moves a report along the workflow: role, scope and status are checked by the guard,
 * the version by the optimistic lock, and the move, its side effects (return reason,
 * superseding the previous published revision) and the history are one transaction.
 * `text` is the reason of a return (required), or on submitting the acknowledgement of a
 * stated 合計 that differs from the programs (required then, see totals-difference.ts).
 */
export async function transition(
  ctx: Context,
  reportId: number,
  version: number,
  move: Transition,
  text?: string | null,
) {
  const body =
    move === "return"
      ? requiredText(["reason"], text, { label: "差戻しの理由", max: 4000 })
      : undefined;
  const acknowledgement =
    move === "submit" && text != null
      ? requiredText(["totalsDifference"], text, { label: "合計の差の確認", max: 4000 })
      : undefined;
  const moved = await ctx.prisma.$transaction(async (tx) => {
    const report = await authorizeReport(ctx, tx, reportId, move as ReportOperation);
    // Submitting is entry; a closed fiscal year takes none (review of what was submitted goes on).
    if (move === "submit") await assertOpenYear(tx, report.fiscalYear, ["id"]);
    const to = nextStatus(report.status, move);
    if (!to) {
      throw apiError(
        "CONFLICT",
        "この状態からはその操作はできません",
        `cannot ${move} a ${report.status} report`,
        { entity: "Report", id: reportId, status: report.status },
      );
    }
    // Who submits it may not approve or publish it (the four-eyes rule, see permissions.ts).
    const submitted = move === "submit" ? { submittedById: ctx.actor!.id } : {};
    await updateVersioned(versioned(tx.report), "Report", { id: reportId }, version, submitted);
    if (move === "submit") {
      await acknowledgeTotalsDifference(tx, reportId, ctx.actor!.id, acknowledgement);
    }
    if (body)
      await tx.reviewComment.create({
        data: { reportId, authorId: ctx.actor!.id, kind: "RETURN_REASON", body },
      });
    if (report.selfApproval) {
      // The municipality relaxed the four-eyes rule; each use of it is on the record.
      await tx.reviewComment.create({
        data: {
          reportId,
          authorId: ctx.actor!.id,
          kind: "SELF_APPROVAL",
          body: SELF_APPROVAL_NOTES[move as "approve" | "publish"],
        },
      });
    }
    if (to === "PUBLISHED") {
      const row = await tx.report.findUniqueOrThrow({ where: { id: reportId } });
      await tx.report.updateMany({
        where: {
          projectId: row.projectId,
          fiscalYear: row.fiscalYear,
          status: "PUBLISHED",
          id: { not: reportId },
        },
        data: { status: "SUPERSEDED" },
      });
    }
    const moved = await tx.report.update({
      where: { id: reportId },
      data: { status: to, ...(to === "PUBLISHED" ? { publishedAt: new Date() } : {}) },
    });
    // A report returned after approval follows the project again (edits made meanwhile).
    if (!FOLLOWS_PROJECT.includes(report.status) && FOLLOWS_PROJECT.includes(to)) {
      return reportInStepWithProject(tx, reportId);
    }
    return moved;
  });
  // Committed: the public PDFs are made now, outside the transaction.
  if (move === "publish") ctx.onPublished?.(reportId);
  return moved;
}

/** A correction of a published report: a DRAFT copy as the next revision; the published one stays visible. */
export async function revise(ctx: Context, reportId: number) {
  return ctx.prisma.$transaction(async (tx) => {
    const guarded = await authorizeReport(ctx, tx, reportId, "revise");
    await assertOpenYear(tx, guarded.fiscalYear, ["id"]);
    const source = await tx.report.findUniqueOrThrow({
      where: { id: reportId },
      include: { programs: true, kpiValues: true, evaluation: true, futurePolicy: true },
    });
    const open = await tx.report.findFirst({
      where: {
        projectId: source.projectId,
        fiscalYear: source.fiscalYear,
        revision: { gt: source.revision },
      },
      select: { id: true },
    });
    if (open) {
      throw apiError(
        "CONFLICT",
        "この報告には作業中の修正版があります",
        "a newer revision of this report already exists",
        {
          existingId: open.id,
        },
      );
    }
    const strip = <T extends { id: number; reportId: number }>({
      id: _id,
      reportId: _r,
      ...rest
    }: T) => rest;
    const {
      id: _id,
      programs,
      kpiValues,
      evaluation,
      futurePolicy,
      createdAt: _c,
      updatedAt: _u,
      ...fields
    } = source;
    const draft = await tx.report.create({
      data: {
        ...fields,
        status: "DRAFT",
        version: 1,
        revision: source.revision + 1,
        publishedAt: null,
        // A correction goes through review afresh.
        submittedById: null,
        amountsEditedById: null,
        programs: { create: programs.map(strip) },
        kpiValues: { create: kpiValues.map(strip) },
        evaluation: evaluation ? { create: strip(evaluation) } : undefined,
        futurePolicy: futurePolicy ? { create: strip(futurePolicy) } : undefined,
      },
    });
    // Like every report being written, the correction states the project as it is now.
    return reportInStepWithProject(tx, draft.id);
  });
}

export async function comment(ctx: Context, reportId: number, body: string) {
  const checked = requiredText(["body"], body, { label: "コメント", max: 4000 });
  return ctx.prisma.$transaction(async (tx) => {
    await authorizeReport(ctx, tx, reportId, "comment");
    return tx.reviewComment.create({ data: { reportId, authorId: ctx.actor!.id, body: checked } });
  });
}
