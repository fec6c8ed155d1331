import { conflict, withDbErrors } from "../../errors/db-errors";
import type { KpiDirection } from "../../common/enums";
import { badInput, checked, notFound } from "../../errors/api-errors";
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
  isRetired?: boolean;
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
    include: {
      grantType: true,
      kpis: { select: { id: true, position: true, isRetired: true } },
    },
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

/** The first position from `from` on that no KPI of the project holds. */
function freePosition(project: LockedProject, from: number): number {
  const taken = new Set(project.kpis.map((k) => k.position));
  let position = from;
  while (taken.has(position)) position += 1;
  return position;
}

/** One more KPI in use must fit the grant type's form (retired ones do not count). */
function assertRoomFor(project: LockedProject, field: (string | number)[]): void {
  const { kpiLimit, name } = project.grantType;
  const active = project.kpis.filter((k) => !k.isRetired).length;
  checked(field, () => assertKpiLimit(active + 1, kpiLimit, name));
}

/**
 * Retiring takes a KPI off future reports: it leaves the form's slots (its position moves past
 * them, so another KPI can take its place; reports keep their own copy of its number), and
 * reports being written drop it, so it is refused while one of them holds a value for it.
 * Bringing it back takes the first free slot.
 */
async function retirement(tx: Tx, project: LockedProject, id: number, retire: boolean) {
  if (retire) {
    await assertNoValuesBeingWritten(tx, id, "retire");
    return { isRetired: true, position: freePosition(project, project.grantType.kpiLimit + 1) };
  }
  assertRoomFor(project, ["isRetired"]);
  return { isRetired: false, position: freePosition(project, 1) };
}

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
        assertRoomFor(project, ["projectId"]);
        const position = data.position ?? freePosition(project, 1);
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
        const retiring = args.isRetired != null && args.isRetired !== current.isRetired;
        if (data.position !== undefined || retiring) {
          const project = await lockProject(tx, current.projectId);
          if (retiring)
            Object.assign(data, await retirement(tx, project, current.id, args.isRetired!));
          if (data.position !== undefined && !data.isRetired) {
            assertPosition(project, data.position, id);
          }
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

/** Refuses when a report still being written holds a value of the KPI: it would be lost. */
async function assertNoValuesBeingWritten(tx: Tx, id: number, what: "delete" | "retire") {
  const rows = await tx.kpiValue.findMany({
    where: { kpiId: id, report: { status: { in: [...FOLLOWS_PROJECT] } } },
  });
  const entered = rows.filter(hasEnteredValue).length;
  if (entered === 0) return;
  const [ja, en] = what === "delete" ? ["削除", "deleted"] : ["使用終了に", "retired"];
  throw conflict(
    ["id"],
    `作成中の報告書${entered}件にこのKPIの実績値が入力されているため${ja}できません`,
    `${entered} report(s) being written hold a value of this KPI; it cannot be ${en}`,
  );
}

/**
 * Only a KPI no approved or published report states: those keep reporting it year by year (a
 * project's trend), so it is retired instead. Reports being written lose their row of it,
 * refused while one of them holds a value for it.
 */
export async function deleteKpi(prisma: PrismaClient, id: number) {
  return prisma.$transaction(async (tx) => {
    const kpi = await tx.kpi.findUnique({ where: { id } });
    if (!kpi) throw notFound("Kpi", id);
    const stated = await tx.kpiValue.count({
      where: { kpiId: id, report: { status: { notIn: [...FOLLOWS_PROJECT] } } },
    });
    if (stated > 0) {
      throw conflict(
        ["id"],
        `承認・公表済みの報告書${stated}件がこのKPIを記載しているため削除できません。今後の報告から外すには「使用終了」にしてください`,
        `${stated} approved or published report(s) state this KPI; retire it (isRetired) instead of deleting it`,
        { reason: "KPI_IN_PUBLISHED_REPORTS" },
      );
    }
    await assertNoValuesBeingWritten(tx, id, "delete");
    const deleted = await tx.kpi.delete({ where: { id } });
    await copyProjectIntoReports(tx, { projectId: kpi.projectId });
    return deleted;
  });
}
