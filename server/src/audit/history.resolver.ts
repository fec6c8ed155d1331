import { Authorized, Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { requireActor } from "../auth/guard";
import { canReadInternals } from "../auth/report-visibility";
import { notFound } from "../errors/api-errors";
import { idOf } from "../common/validate";
import type { Context } from "../context";
import { HistoryEntry } from "./history.type";

@Resolver(() => HistoryEntry)
export class HistoryResolver {
  @Authorized()
  @Query(() => [HistoryEntry], {
    description:
      "Every write to a report and its parts, oldest first (signed-in users of its municipality)",
  })
  async reportHistory(
    @Arg("reportId", () => ID) reportId: string,
    @Ctx() ctx: Context,
  ): Promise<HistoryEntry[]> {
    const actor = requireActor(ctx);
    const id = idOf(reportId, ["reportId"]);
    const report = await ctx.prisma.report.findUnique({
      where: { id },
      select: { municipalityId: true },
    });
    if (!report || !canReadInternals(actor, report.municipalityId)) throw notFound("Report", id);
    const rows = await ctx.prisma.auditLog.findMany({
      where: { reportId: id },
      orderBy: { id: "asc" },
    });
    const actorIds = [
      ...new Set(rows.map((row) => row.actorId).filter((a): a is number => a !== null)),
    ];
    const names = new Map(
      (
        await ctx.prisma.user.findMany({
          where: { id: { in: actorIds } },
          select: { id: true, name: true },
        })
      ).map((u) => [u.id, u.name]),
    );
    return rows.map((row) => ({
      ...row,
      id: row.id.toString(),
      actorName: row.actorId === null ? null : (names.get(row.actorId) ?? null),
    }));
  }
}
