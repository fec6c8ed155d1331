/**
 * What a new report starts from: the project's latest report, as the next year's form starts
 * from the last one. Carried over: ④ the programs' names, 概要, (関係分) and order, with the
 * amounts left to enter (0) and no results; the unit; the registry's fields marked
 * `carriedOver` (③ 全体概要, 担当部局課名, 連絡先, the grant's kind). Not carried: (新), which marks a program new in its own year, and everything
 * of the year itself (results, actuals, ⑥ ⑦ ⑧). The KPI slots with their definitions come from
 * the project (report-project-copy.ts). Without an earlier report, a field marked `fromProject`
 * starts with the project's value (the overview).
 */
import type { MoneyUnit, Prisma } from "../../generated/prisma/client";
import { REPORT_FIELDS, type ReportFieldArgs } from "./report-field-registry";
import { reportInStepWithProject } from "./report-project-copy";

type Tx = Prisma.TransactionClient;

export interface StartProject {
  id: number;
  municipalityId: number;
  name: string;
  overview: string | null;
}

/** What the caller states itself (undefined: carried over; null: none). */
export type StartGiven = { moneyUnit?: MoneyUnit | null } & ReportFieldArgs;

const CARRIED = REPORT_FIELDS.filter((f) => "carriedOver" in f);

const given = <T>(value: T | undefined, carried: T | undefined, fallback: T): T =>
  value !== undefined ? value : carried !== undefined ? carried : fallback;

/**
 * What a new report of the project starts from, before anything is entered: the registry's
 * carried fields, the unit and the programs (amounts 0, no results). An import compares a file
 * with this, since it is what the new report will hold where the file is silent.
 */
export async function startingPoint(tx: Tx, project: StartProject, stated: StartGiven = {}) {
  const previous = await tx.report.findFirst({
    where: { projectId: project.id },
    orderBy: [{ fiscalYear: "desc" }, { revision: "desc" }],
    select: {
      ...Object.fromEntries(CARRIED.map((f) => [f.key, true])),
      moneyUnit: true,
      programs: {
        orderBy: { position: "asc" },
        select: { position: true, name: true, isPartial: true, summary: true },
      },
    },
  });
  const from = (record: object | null | undefined, key: string) =>
    (record as Record<string, unknown> | null | undefined)?.[key];
  const fields = Object.fromEntries(
    CARRIED.map((f) => {
      const fallback = "fromProject" in f ? (from(project, f.key) ?? null) : null;
      return [f.key, given(from(stated, f.key), from(previous, f.key), fallback)];
    }),
  ) as Record<string, string | bigint | null>;
  return {
    moneyUnit: given(stated.moneyUnit ?? undefined, previous?.moneyUnit, "THOUSAND_YEN"),
    fields,
    programs: (previous?.programs ?? []).map((p) => ({ ...p, budget: 0n, expectedGrant: 0n })),
  };
}

/** Creates the DRAFT report of `fiscalYear` (the caller has checked scope, year and duplicates). */
export async function startReport(
  tx: Tx,
  project: StartProject,
  fiscalYear: number,
  stated: StartGiven = {},
) {
  const start = await startingPoint(tx, project, stated);
  const created = await tx.report.create({
    data: {
      projectId: project.id,
      fiscalYear,
      municipalityId: project.municipalityId,
      moneyUnit: start.moneyUnit,
      ...start.fields,
      projectName: project.name,
      programs: { create: start.programs },
    },
  });
  return reportInStepWithProject(tx, created.id);
}
