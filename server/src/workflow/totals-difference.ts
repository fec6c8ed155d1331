import type { Prisma } from "../generated/prisma/client";
import { computeTotals, discrepanciesOf } from "../domain/report/report-figures";
import type { Report } from "../domain/report/report.type";

/**
 * On submitting a report whose stated 合計 differs from the sum of its programs, the
 * submitter's acknowledgement is kept as a TOTALS_DIFFERENCE comment, which the manager
 * reads beside the difference. Without a difference there is nothing to acknowledge.
 */
export async function recordTotalsDifference(
  tx: Prisma.TransactionClient,
  reportId: number,
  authorId: number,
  acknowledgement: string,
): Promise<void> {
  const report = await tx.report.findUniqueOrThrow({
    where: { id: reportId },
    include: { programs: true },
  });
  const row = report as unknown as Report;
  if (discrepanciesOf(row, computeTotals(row, report.programs)).length === 0) return;
  await tx.reviewComment.create({
    data: { reportId, authorId, kind: "TOTALS_DIFFERENCE", body: acknowledgement },
  });
}
