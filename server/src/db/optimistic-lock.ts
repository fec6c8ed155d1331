import type { Prisma } from "../generated/prisma/client";
import { notFound, versionConflict } from "../common/errors";

/**
 * Claims a report for one write: bumps its version only if the client read the current
 * one. Atomic (a single UPDATE … WHERE version = n), so two writers can never both win.
 * Call inside the transaction that makes the write; a stale version throws CONFLICT with
 * the current values and the transaction rolls back.
 */
export async function claimReportVersion(
  tx: Prisma.TransactionClient,
  reportId: number,
  expectedVersion: number,
  current: (tx: Prisma.TransactionClient) => Promise<unknown>,
): Promise<number> {
  const { count } = await tx.report.updateMany({
    where: { id: reportId, version: expectedVersion },
    data: { version: { increment: 1 } },
  });
  if (count === 1) return expectedVersion + 1;
  const exists = await tx.report.findUnique({ where: { id: reportId }, select: { id: true } });
  if (!exists) throw notFound("Report", reportId);
  throw versionConflict("Report", reportId, await current(tx));
}
