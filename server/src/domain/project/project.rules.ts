import { conflict } from "../../errors/db-errors";
import { badInput, checked } from "../../errors/api-errors";
import type { Prisma } from "../../generated/prisma/client";
import { assertKpiLimit, formatPlanPeriod, yearOfPlan } from "../../rules";

/** A project's columns as checked input; undefined means "unchanged". */
export interface ProjectData {
  municipalityId?: number;
  grantTypeId?: number;
  number?: number;
  name?: string;
  jointApplicationNote?: string | null;
  planFirstYear?: number | null;
  planLastYear?: number | null;
  overview?: string | null;
  kpiNameNote?: string | null;
}

type Tx = Prisma.TransactionClient;

/** The project as it will be after the write: stored values overlaid with the input. */
export type ProjectState = Required<Pick<ProjectData, "municipalityId" | "grantTypeId" | "name">> &
  Pick<ProjectData, "planFirstYear" | "planLastYear">;

export const duplicateName = (name: string) =>
  conflict(
    ["name"],
    `事業名「${name}」はこの団体に既に登録されています`,
    `the municipality already has a project named "${name}"`,
  );

async function assertPlanPeriod(tx: Tx, state: ProjectState): Promise<void> {
  const first = state.planFirstYear ?? null;
  const last = state.planLastYear ?? null;
  if (first === null && last === null) return;
  if (first === null || last === null) {
    throw badInput(
      [first === null ? "planFirstYear" : "planLastYear"],
      "実施計画期間は開始年度と終了年度の両方を指定するか、両方とも空にしてください",
      "give both the first and the last year of the plan period, or neither",
    );
  }
  checked(["planFirstYear"], () => formatPlanPeriod(first, last));
  for (const [field, year] of [
    ["planFirstYear", first],
    ["planLastYear", last],
  ] as const) {
    if (!(await tx.fiscalYear.findUnique({ where: { year } }))) {
      throw badInput(
        [field],
        `${year}年度は年度として登録されていません`,
        `fiscal year ${year} does not exist`,
      );
    }
  }
}

/** Everything that needs the database, checked before any write; `id` is set on update. */
export async function assertProjectRules(
  tx: Tx,
  state: ProjectState,
  changed: ProjectData,
  id?: number,
): Promise<void> {
  if (!(await tx.municipality.findUnique({ where: { id: state.municipalityId } }))) {
    throw badInput(
      ["municipalityId"],
      `団体 (id ${state.municipalityId}) が存在しません`,
      `municipality ${state.municipalityId} does not exist`,
    );
  }
  const grantType = await tx.grantType.findUnique({ where: { id: state.grantTypeId } });
  if (!grantType) {
    throw badInput(
      ["grantTypeId"],
      `交付金の種類 (id ${state.grantTypeId}) が存在しません`,
      `grant type ${state.grantTypeId} does not exist`,
    );
  }
  await assertPlanPeriod(tx, state);
  const same = await tx.project.findUnique({
    where: { municipalityId_name: { municipalityId: state.municipalityId, name: state.name } },
  });
  if (same && same.id !== id) throw duplicateName(state.name);
  if (id === undefined) return;
  // Another grant type's form may have fewer KPI slots than the project already uses.
  if (changed.grantTypeId !== undefined) {
    const kpis = await tx.kpi.count({ where: { projectId: id } });
    checked(["grantTypeId"], () => assertKpiLimit(kpis, grantType.kpiLimit, grantType.name));
  }
  // Existing reports must stay inside a changed plan period.
  if (state.planFirstYear != null && state.planLastYear != null) {
    const { planFirstYear: first, planLastYear: last } = state;
    const reports = await tx.report.findMany({
      where: { projectId: id },
      select: { fiscalYear: true },
    });
    for (const { fiscalYear } of reports) {
      checked(["planFirstYear"], () => yearOfPlan(first, last, fiscalYear));
    }
  }
}
