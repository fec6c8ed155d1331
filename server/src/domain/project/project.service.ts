import { conflict, withDbErrors } from "../../errors/db-errors";
import { notFound } from "../../errors/api-errors";
import { checkText, intInRange, optionalIdOf, required } from "../../common/validate";
import type { PrismaClient } from "../../db/database";
import { updateVersioned, versioned } from "../../db/optimistic-lock";
import { MAX_FISCAL_YEAR, MIN_FISCAL_YEAR } from "../fiscal-year/fiscal-year.args";
import { copyProjectIntoReports } from "../report/report-project-copy";
import { LIMITS } from "../report/report-limits";
import type { CreateProjectArgs, UpdateProjectArgs } from "./project.args";
import { assertProjectRules, duplicateName, type ProjectData } from "./project.rules";

function planYear(value: number | null | undefined, field: string): number | null | undefined {
  if (value === null || value === undefined) return value;
  return intInRange(value, [field], MIN_FISCAL_YEAR, MAX_FISCAL_YEAR, "実施計画の年度");
}

/** Field-by-field checks that need no database; relations are checked in project.rules.ts. */
function validProject(args: CreateProjectArgs | UpdateProjectArgs): ProjectData {
  const data: ProjectData = {
    municipalityId: optionalIdOf(required(args.municipalityId, ["municipalityId"], "団体"), [
      "municipalityId",
    ]) as number | undefined,
    grantTypeId: optionalIdOf(required(args.grantTypeId, ["grantTypeId"], "交付金の種類"), [
      "grantTypeId",
    ]) as number | undefined,
    name:
      checkText(["name"], args.name, { label: "事業名", max: 300, required: true }) ?? undefined,
    jointApplicationNote: checkText(["jointApplicationNote"], args.jointApplicationNote, {
      label: "共同申請の注記",
      max: 100,
    }),
    planFirstYear: planYear(args.planFirstYear, "planFirstYear"),
    planLastYear: planYear(args.planLastYear, "planLastYear"),
    overview: checkText(["overview"], args.overview, { label: "全体概要", max: LIMITS.overview }),
    kpiNameNote: checkText(["kpiNameNote"], args.kpiNameNote, { label: "KPI名の注記", max: 100 }),
  };
  const number = required(args.number, ["number"], "No");
  if (number !== undefined) data.number = intInRange(number, ["number"], 1, 9999, "No");
  return data;
}

/** All writes of the project master: validate everything, then write in one transaction. */
export async function createProject(prisma: PrismaClient, args: CreateProjectArgs) {
  const data = validProject(args);
  const state = {
    municipalityId: data.municipalityId!,
    grantTypeId: data.grantTypeId!,
    name: data.name!,
    planFirstYear: data.planFirstYear ?? null,
    planLastYear: data.planLastYear ?? null,
  };
  return withDbErrors(
    () =>
      prisma.$transaction(async (tx) => {
        await assertProjectRules(tx, state, data);
        return tx.project.create({ data: { ...data, ...state, number: data.number! } });
      }),
    { unique: () => duplicateName(state.name) },
  );
}

/** Reports still being written follow the project in the same transaction. */
export async function updateProject(prisma: PrismaClient, id: number, args: UpdateProjectArgs) {
  const data = validProject(args);
  return withDbErrors(
    () =>
      prisma.$transaction(async (tx) => {
        const current = await tx.project.findUnique({ where: { id } });
        if (!current) throw notFound("Project", id);
        const state = {
          municipalityId: data.municipalityId ?? current.municipalityId,
          grantTypeId: data.grantTypeId ?? current.grantTypeId,
          name: data.name ?? current.name,
          planFirstYear:
            data.planFirstYear === undefined ? current.planFirstYear : data.planFirstYear,
          planLastYear: data.planLastYear === undefined ? current.planLastYear : data.planLastYear,
        };
        await assertProjectRules(tx, state, data, id);
        await updateVersioned(versioned(tx.project), "Project", { id }, args.version, data);
        await copyProjectIntoReports(tx, { projectId: id });
        return tx.project.findUniqueOrThrow({ where: { id } });
      }),
    { unique: () => duplicateName(data.name ?? "") },
  );
}

/** Only a project without reports; its KPIs go with it (they have no values without reports). */
export async function deleteProject(prisma: PrismaClient, id: number) {
  const inUse = (count = 1) =>
    conflict(
      ["id"],
      `この事業には報告書が${count}件あるため削除できません`,
      `the project still has ${count} report(s) and cannot be deleted`,
    );
  return withDbErrors(
    () =>
      prisma.$transaction(async (tx) => {
        if (!(await tx.project.findUnique({ where: { id } }))) throw notFound("Project", id);
        const reports = await tx.report.count({ where: { projectId: id } });
        if (reports > 0) throw inUse(reports);
        return tx.project.delete({ where: { id } });
      }),
    { foreignKey: () => inUse() },
  );
}
