import { conflict, withDbErrors } from "../../common/db-errors";
import { badInput, checked, notFound } from "../../common/errors";
import { idOf } from "../../common/validate";
import type { KpiValue, Prisma, PrismaClient } from "../../generated/prisma/client";
import { assertKpiLimit } from "../../rules";
import type { KpiCreateInput, KpiUpdateInput } from "./kpi.input";
import { FOLLOWS_PROJECT } from "../../workflow/report-status";
import { copyProjectIntoReports } from "../report/report-project-copy";
import { validKpi } from "./kpi.validate";

type Tx = Prisma.TransactionClient;

const positionTaken = (position: number) =>
  conflict(
    ["position"],
    `この事業には既にKPI ${position} 番があります`,
    `the project already has a KPI at position ${position}`,
  );

/** The project's grant type; locks the project row so concurrent KPI writes queue up. */
async function lockProject(tx: Tx, projectId: number) {
  await tx.$queryRaw`SELECT id FROM "Project" WHERE id = ${projectId} FOR UPDATE`;
  const project = await tx.project.findUnique({
    where: { id: projectId },
    include: { grantType: true, kpis: { select: { id: true, position: true } } },
  });
  if (!project) {
    throw badInput(
      ["projectId"],
      `事業 (id ${projectId}) が存在しません`,
      `project ${projectId} does not exist`,
    );
  }
  return project;
}

type LockedProject = Awaited<ReturnType<typeof lockProject>>;

/** A slot on the grant type's form that no other KPI of the project holds. */
function assertPosition(project: LockedProject, position: number, selfId?: number): void {
  const { kpiLimit, name } = project.grantType;
  if (position > kpiLimit) {
    throw badInput(
      ["position"],
      `${name}のKPI番号は1〜${kpiLimit}です (${position})`,
      `${name} has KPI positions 1 to ${kpiLimit} (got ${position})`,
    );
  }
  if (project.kpis.some((k) => k.position === position && k.id !== selfId)) {
    throw positionTaken(position);
  }
}

export async function createKpi(prisma: PrismaClient, input: KpiCreateInput) {
  const projectId = idOf(input.projectId, ["projectId"]);
  const data = validKpi(input);
  return withDbErrors(
    () =>
      prisma.$transaction(async (tx) => {
        const project = await lockProject(tx, projectId);
        const { kpiLimit, name } = project.grantType;
        checked(["projectId"], () => assertKpiLimit(project.kpis.length + 1, kpiLimit, name));
        const taken = new Set(project.kpis.map((k) => k.position));
        let position = data.position ?? 1;
        if (data.position === undefined) while (taken.has(position)) position += 1;
        assertPosition(project, position);
        const kpi = await tx.kpi.create({
          data: {
            ...data,
            projectId,
            position,
            name: data.name!,
            target: data.target!,
            unit: data.unit!,
          },
        });
        await copyProjectIntoReports(tx, { projectId });
        return kpi;
      }),
    { unique: () => positionTaken(data.position ?? 0) },
  );
}

export async function updateKpi(prisma: PrismaClient, id: number, input: KpiUpdateInput) {
  const data = validKpi(input);
  return withDbErrors(
    () =>
      prisma.$transaction(async (tx) => {
        const current = await tx.kpi.findUnique({ where: { id } });
        if (!current) throw notFound("Kpi", id);
        if (data.position !== undefined) {
          assertPosition(await lockProject(tx, current.projectId), data.position, id);
        }
        const kpi = await tx.kpi.update({ where: { id }, data });
        await copyProjectIntoReports(tx, { projectId: kpi.projectId });
        return kpi;
      }),
    { unique: () => positionTaken(data.position ?? 0) },
  );
}

/** Anything of ⑥ entered; a report's bare copy of the definition holds none. */
const hasEnteredValue = (row: KpiValue) =>
  row.value !== null || row.notMeasured || row.asOfYear !== null || row.isReference;

/**
 * Reports not yet approved lose their row of the KPI; approved and published ones keep it as
 * they state it. Refused while a report being written holds a value for it: deleting would
 * erase what finance entered.
 */
export async function deleteKpi(prisma: PrismaClient, id: number) {
  return prisma.$transaction(async (tx) => {
    const kpi = await tx.kpi.findUnique({ where: { id } });
    if (!kpi) throw notFound("Kpi", id);
    const rows = await tx.kpiValue.findMany({
      where: { kpiId: id, report: { status: { in: [...FOLLOWS_PROJECT] } } },
    });
    const entered = rows.filter(hasEnteredValue).length;
    if (entered > 0) {
      throw conflict(
        ["id"],
        `作成中の報告書${entered}件にこのKPIの実績値が入力されているため削除できません`,
        `${entered} report(s) being written hold a value of this KPI; it cannot be deleted`,
      );
    }
    const deleted = await tx.kpi.delete({ where: { id } });
    await copyProjectIntoReports(tx, { projectId: kpi.projectId });
    return deleted;
  });
}
