import { conflict, withDbErrors } from "../../common/db-errors";
import type { KpiDirection } from "../../common/enums";
import { badInput, checked, notFound } from "../../common/errors";
import {
  checkDecimal,
  checkMonth,
  checkText,
  idOf,
  intInRange,
  required,
} from "../../common/validate";
import type { PrismaClient } from "../../db/database";
import { updateVersioned, versioned } from "../../db/optimistic-lock";
import type { KpiValue, Prisma } from "../../generated/prisma/client";
import { assertKpiLimit } from "../../rules";
import { FOLLOWS_PROJECT } from "../../workflow/report-status";
import { copyProjectIntoReports } from "../report/report-project-copy";
import type { CreateKpiArgs, UpdateKpiArgs } from "./kpi.args";

type Tx = Prisma.TransactionClient;

interface KpiData {
  position?: number;
  name?: string;
  baseline?: string | null;
  target?: string;
  unit?: string;
  targetYear?: number | null;
  targetMonth?: number | null;
  direction?: KpiDirection;
}

/** Field checks that need no database; undefined means "unchanged". */
function validKpi(args: CreateKpiArgs | UpdateKpiArgs): KpiData {
  const data: KpiData = {};
  const position = required(args.position, ["position"], "KPI番号");
  if (position !== undefined) data.position = intInRange(position, ["position"], 1, 20, "KPI番号");
  const name = checkText(["name"], args.name, { label: "KPI名", max: 300, required: true });
  if (name) data.name = name;
  if (args.baseline !== undefined) {
    data.baseline = args.baseline === null ? null : checkDecimal(["baseline"], args.baseline);
  }
  const target = required(args.target, ["target"], "目標値");
  if (target !== undefined) data.target = checkDecimal(["target"], target);
  const unit = checkText(["unit"], args.unit, { label: "単位", max: 30, required: true });
  if (unit) data.unit = unit;
  const direction = required(args.direction, ["direction"], "方向");
  if (direction !== undefined) data.direction = direction;
  if (args.targetMonth !== undefined) {
    const month = args.targetMonth && checkMonth(["targetMonth"], args.targetMonth);
    data.targetYear = month?.year ?? null;
    data.targetMonth = month?.month ?? null;
  }
  return data;
}

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

export async function createKpi(prisma: PrismaClient, args: CreateKpiArgs) {
  const projectId = idOf(args.projectId, ["projectId"]);
  const data = validKpi(args);
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

/** Reports still being written follow the definition in the same transaction. */
export async function updateKpi(prisma: PrismaClient, id: number, args: UpdateKpiArgs) {
  const data = validKpi(args);
  return withDbErrors(
    () =>
      prisma.$transaction(async (tx) => {
        const current = await tx.kpi.findUnique({ where: { id } });
        if (!current) throw notFound("Kpi", id);
        if (data.position !== undefined) {
          assertPosition(await lockProject(tx, current.projectId), data.position, id);
        }
        await updateVersioned(versioned(tx.kpi), "Kpi", { id }, args.version, data);
        await copyProjectIntoReports(tx, { projectId: current.projectId });
        return tx.kpi.findUniqueOrThrow({ where: { id } });
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
