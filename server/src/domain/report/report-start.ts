/**
 * What a new report starts from: the project's latest report, as the next year's form starts
 * from the last one. Carried over: ③ 全体概要; ④ the programs' names, 概要, (関係分) and order,
 * with the amounts left to enter (0) and no results; the unit, 担当部局課名, 連絡先 and the
 * grant's kind. Not carried: (新), which marks a program new in its own year, and everything
 * of the year itself (results, actuals, ⑥ ⑦ ⑧). The KPI slots with their definitions come from
 * the project (report-project-copy.ts). Without an earlier report, the project's overview.
 */
import type { MoneyUnit, Prisma } from "../../generated/prisma/client";
import { reportInStepWithProject } from "./report-project-copy";

type Tx = Prisma.TransactionClient;

export interface StartProject {
  id: number;
  municipalityId: number;
  name: string;
  overview: string | null;
}

/** What the caller states itself (undefined: carried over; null: none). */
export interface StartGiven {
  moneyUnit?: MoneyUnit | null;
  department?: string | null;
  contact?: string | null;
}

const given = <T>(value: T | undefined, carried: T | undefined, fallback: T): T =>
  value !== undefined ? value : carried !== undefined ? carried : fallback;

/** Creates the DRAFT report of `fiscalYear` (the caller has checked scope, year and duplicates). */
export async function startReport(
  tx: Tx,
  project: StartProject,
  fiscalYear: number,
  stated: StartGiven = {},
) {
  const previous = await tx.report.findFirst({
    where: { projectId: project.id },
    orderBy: [{ fiscalYear: "desc" }, { revision: "desc" }],
    select: {
      overview: true,
      department: true,
      contact: true,
      grantKind: true,
      moneyUnit: true,
      programs: {
        orderBy: { position: "asc" },
        select: { position: true, name: true, isPartial: true, summary: true },
      },
    },
  });
  const created = await tx.report.create({
    data: {
      projectId: project.id,
      fiscalYear,
      municipalityId: project.municipalityId,
      moneyUnit: given(stated.moneyUnit ?? undefined, previous?.moneyUnit, "THOUSAND_YEN"),
      department: given(stated.department, previous?.department, null),
      contact: given(stated.contact, previous?.contact, null),
      grantKind: previous?.grantKind ?? null,
      projectName: project.name,
      overview: previous ? previous.overview : project.overview,
      programs: {
        create: (previous?.programs ?? []).map((p) => ({ ...p, budget: 0n, expectedGrant: 0n })),
      },
    },
  });
  return reportInStepWithProject(tx, created.id);
}
