/**
 * The computed parts of a report (totals, discrepancies, KPI progress), always through the
 * domain rules so that the API, the import and the admin UI agree to the yen.
 */
import { Amount } from "../../common/amount.type";
import { idOf } from "../../common/validate";
import type { BudgetProgram, Kpi, KpiValue, Prisma } from "../../generated/prisma/client";
import {
  type MoneyUnit,
  type Totals,
  findTotalDiscrepancies,
  isKpiAchieved,
  kpiProgress,
  sumPrograms,
} from "../../rules";
import type { KpiValue as KpiValueType } from "../kpi/kpi-value.type";
import type { Kpi as KpiType } from "../kpi/kpi.type";
import type { ReportKpi } from "./report-kpi.type";
import type { ReportFilter } from "./report.args";
import type { ReportTotals, TotalDiscrepancy } from "./report-totals.type";
import type { Report } from "./report.type";

const yenOrNull = (value: bigint | null) => (value === null ? null : Number(value));

/** Prisma's where for a ReportFilter; q matches the project name, case-insensitively. */
export function reportWhere(filter: ReportFilter | null | undefined): Prisma.ReportWhereInput {
  if (!filter) return {};
  const where: Prisma.ReportWhereInput = {};
  if (filter.ids != null)
    where.id = { in: filter.ids.map((id, i) => idOf(id, ["filter", "ids", i])) };
  if (filter.fiscalYear != null) where.fiscalYear = filter.fiscalYear;
  if (filter.projectId != null) where.projectId = filter.projectId;
  if (filter.status != null) where.status = filter.status;
  const project: Prisma.ProjectWhereInput = {};
  if (filter.municipalityId != null) project.municipalityId = filter.municipalityId;
  const q = filter.q?.trim();
  // Prisma passes LIKE wildcards through; escape them so "%" and "_" match themselves.
  if (q) project.name = { contains: q.replace(/[\\%_]/g, "\\$&"), mode: "insensitive" };
  if (Object.keys(project).length > 0) where.project = project;
  return where;
}

export function computeTotals(report: Report, programs: BudgetProgram[]): Totals {
  return sumPrograms(
    programs.map((p) => ({
      budget: Number(p.budget),
      expectedGrant: Number(p.expectedGrant),
      actual: yenOrNull(p.actual),
      actualGrant: yenOrNull(p.actualGrant),
    })),
    yenOrNull(report.projectActual),
  );
}

export function totalsAmounts(totals: Totals, unit: MoneyUnit): ReportTotals {
  const of = (yen: number) => Amount.of(yen, unit)!;
  return {
    budget: of(totals.budget),
    expectedGrant: of(totals.expectedGrant),
    actual: of(totals.actual),
    actualGrant: of(totals.actualGrant),
  };
}

/** The stated 合計 fields that differ from the computed ones, in the form's column order. */
export function discrepanciesOf(report: Report, totals: Totals): TotalDiscrepancy[] {
  const stated = {
    budget: yenOrNull(report.statedBudgetTotal),
    expectedGrant: yenOrNull(report.statedExpectedGrantTotal),
    actual: yenOrNull(report.statedActualTotal),
    actualGrant: yenOrNull(report.statedActualGrantTotal),
  };
  return findTotalDiscrepancies(stated, totals).map((d) => ({
    field: d.field,
    stated: Amount.of(d.stated, report.moneyUnit)!,
    computed: Amount.of(d.computed, report.moneyUnit)!,
    difference: d.difference,
  }));
}

const decimalOrNull = (value: unknown) => (value == null ? null : Number(String(value)));

/** Every KPI of the project in position order, with this report's value (or null). */
export function reportKpis(kpis: Kpi[], values: KpiValue[]): ReportKpi[] {
  const byKpi = new Map(values.map((v) => [v.kpiId, v]));
  return kpis.map((kpi) => {
    const value = byKpi.get(kpi.id) ?? null;
    const figures = {
      baseline: decimalOrNull(kpi.baseline),
      target: Number(String(kpi.target)),
      latest: value === null ? null : decimalOrNull(value.value),
      direction: kpi.direction,
    };
    return {
      kpi: kpi as KpiType,
      value: value as KpiValueType | null,
      progress: kpiProgress(figures),
      achieved: isKpiAchieved(figures),
    };
  });
}
