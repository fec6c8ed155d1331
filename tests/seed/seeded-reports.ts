/** Reads the seeded reports back from the database with everything the form shows. */
import type { PrismaClient } from "../../server/src/db/database";
import { formatMonth } from "../../server/src/rules";

export function readReports(prisma: PrismaClient) {
  return prisma.report.findMany({
    orderBy: { project: { number: "asc" } },
    include: {
      project: {
        include: { municipality: true, grantType: true, kpis: { orderBy: { position: "asc" } } },
      },
      programs: { orderBy: { position: "asc" } },
      kpiValues: { include: { kpi: true }, orderBy: { kpi: { position: "asc" } } },
      effectCategory: true,
      evaluation: { include: { category: true } },
      futurePolicy: { include: { category: true } },
    },
  });
}

export type StoredReport = Awaited<ReturnType<typeof readReports>>[number];

/** A stored Decimal as the form prints a KPI figure: "1685" → "1,685", "682.3" stays. */
export function kpiFigure(value: { toFixed(): string }): string {
  const [whole, fraction] = value.toFixed().split(".");
  const grouped = (whole ?? "").replace(/\B(?=(\d{3})+$)/g, ",");
  return fraction ? `${grouped}.${fraction}` : grouped;
}

/** A year + month pair as printed ("R3.3"), or null when either half is missing. */
export function monthText(year: number | null, month: number | null): string | null {
  return year === null || month === null ? null : formatMonth({ year, month });
}

/** Restores a program's first cell: "(新)" before, "(関係分)" after the stored name. */
export function programCell(program: { name: string; isNew: boolean; isPartial: boolean }): string {
  return `${program.isNew ? "(新)" : ""}${program.name}${program.isPartial ? "(関係分)" : ""}`;
}

/** The 最新値 cell as printed: "682.3 (R3.3) 【参考値】", "30", "0 (R3.3)", "-". */
export function latestCell(value: StoredReport["kpiValues"][number]): string {
  const figure = value.notMeasured ? "-" : value.value === null ? "" : kpiFigure(value.value);
  const month = monthText(value.asOfYear, value.asOfMonth);
  return [figure, month && `(${month})`, value.isReference ? "【参考値】" : null]
    .filter(Boolean)
    .join(" ");
}
