import { conflict, withDbErrors } from "../../common/db-errors";
import { notFound, versionConflict } from "../../common/errors";
import type { PrismaClient } from "../../generated/prisma/client";
import { copyProjectIntoReports } from "../report/report-project-copy";
import type { ProjectCreateInput, ProjectUpdateInput } from "./project.args";
import { assertProjectRules, duplicateName } from "./project.rules";
import { validProject } from "./project.validate";

/** All writes of the project master: validate everything, then write in one transaction. */
export async function createProject(prisma: PrismaClient, input: ProjectCreateInput) {
  const data = validProject(input);
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

export async function updateProject(prisma: PrismaClient, id: number, input: ProjectUpdateInput) {
  const data = validProject(input);
  return withDbErrors(
    () =>
      prisma.$transaction(async (tx) => {
        const current = await tx.project.findUnique({ where: { id } });
        if (!current) throw notFound("Project", id);
        if (current.version !== input.version) throw versionConflict("Project", id, current);
        const state = {
          municipalityId: data.municipalityId ?? current.municipalityId,
          grantTypeId: data.grantTypeId ?? current.grantTypeId,
          name: data.name ?? current.name,
          planFirstYear:
            data.planFirstYear === undefined ? current.planFirstYear : data.planFirstYear,
          planLastYear: data.planLastYear === undefined ? current.planLastYear : data.planLastYear,
        };
        await assertProjectRules(tx, state, data, id);
        // Atomic claim: a writer that committed since our read makes this match nothing.
        const { count } = await tx.project.updateMany({
          where: { id, version: input.version },
          data: { ...data, version: { increment: 1 } },
        });
        if (count === 0) {
          throw versionConflict("Project", id, await tx.project.findUnique({ where: { id } }));
        }
        await copyProjectIntoReports(tx, { projectId: id });
        return (await tx.project.findUnique({ where: { id } }))!;
      }),
    { unique: () => duplicateName(data.name ?? "") },
  );
}

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
        // Its KPIs go with it (they have no values without reports).
        return tx.project.delete({ where: { id } });
      }),
    { foreignKey: () => inUse() },
  );
}
