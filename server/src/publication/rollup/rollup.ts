/**
 * The two figures the Cabinet Office publishes per fiscal year — the share of projects with
 * at least one KPI achieved and the share of KPIs achieved — nationally, per prefecture
 * and per municipality, over the current published reports. Achievement and the shares
 * come from server/src/rules; one SQL statement reads every KPI of the year.
 */
import type { PrismaClient } from "../../db/database";
import { type FiscalYearKpiStats, fiscalYearKpiStats, isKpiAchieved } from "../../rules";

export interface Group {
  code: string;
  name: string;
  stats: FiscalYearKpiStats;
}

export interface Rollup {
  fiscalYear: number;
  national: FiscalYearKpiStats;
  prefectures: (Group & { municipalities: Group[] })[];
}

interface KpiRow {
  code: string;
  name: string;
  prefecture: string;
  reportId: number;
  value: string | null;
  target: string | null;
  baseline: string | null;
  direction: "INCREASE" | "DECREASE" | null;
}

type ReportKpis = { kpis: { achieved: boolean | null }[] };

/** 全国地方公共団体コード: the first two digits are the prefecture's. */
export const prefectureCode = (municipalityCode: string) => municipalityCode.slice(0, 2);

export async function fiscalYearRollup(prisma: PrismaClient, fiscalYear: number): Promise<Rollup> {
  const rows = await prisma.$queryRaw<KpiRow[]>`
    SELECT m."code", m."name", m."prefecture", r."id" AS "reportId",
           kv."value"::text AS "value", kv."target"::text AS "target", kv."baseline"::text AS "baseline",
           kv."direction"::text AS "direction"
      FROM "Report" r
      JOIN "Project" p ON p."id" = r."projectId"
      JOIN "Municipality" m ON m."id" = p."municipalityId"
      LEFT JOIN "KpiValue" kv ON kv."reportId" = r."id"
     WHERE r."status" = 'PUBLISHED' AND r."fiscalYear" = ${fiscalYear}
     ORDER BY m."code", r."id"`;
  const reports = new Map<number, ReportKpis & { code: string }>();
  const municipalities = new Map<
    string,
    { name: string; prefecture: string; reports: ReportKpis[] }
  >();
  for (const row of rows) {
    let report = reports.get(row.reportId);
    if (!report) {
      report = { code: row.code, kpis: [] };
      reports.set(row.reportId, report);
      const m = municipalities.get(row.code) ?? {
        name: row.name,
        prefecture: row.prefecture,
        reports: [],
      };
      m.reports.push(report);
      municipalities.set(row.code, m);
    }
    if (row.target === null || row.direction === null) continue; // a report without KPIs
    const num = (v: string | null) => (v === null ? null : Number(v));
    const achieved = isKpiAchieved({
      baseline: num(row.baseline),
      target: Number(row.target),
      latest: num(row.value),
      direction: row.direction,
    });
    report.kpis.push({ achieved });
  }
  const prefectures = new Map<string, Group & { municipalities: Group[]; reports: ReportKpis[] }>();
  for (const [code, m] of municipalities) {
    const key = prefectureCode(code);
    const p = prefectures.get(key) ?? {
      code: key,
      name: m.prefecture,
      stats: fiscalYearKpiStats([]),
      municipalities: [],
      reports: [],
    };
    p.municipalities.push({ code, name: m.name, stats: fiscalYearKpiStats(m.reports) });
    p.reports.push(...m.reports);
    prefectures.set(key, p);
  }
  return {
    fiscalYear,
    national: fiscalYearKpiStats([...reports.values()]),
    prefectures: [...prefectures.values()].map(({ reports: list, ...p }) => ({
      ...p,
      stats: fiscalYearKpiStats(list),
    })),
  };
}
