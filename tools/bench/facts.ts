import type { Impl } from "./workload";

/**
 * The facts of an answer, whoever gave it: Sosei, the plain-SQL reference or PostGraphile
 * name and nest them differently, so each answer is brought to one shape before they are
 * compared (a rival that answers less would otherwise look fast).
 */
type Json = Record<string, unknown>;

/** Money (bigint) and decimals arrive as numbers or strings; compared by value. */
const num = (value: unknown) => (value === null || value === undefined ? null : Number(value));
const pick = (row: Json, keys: string[]) =>
  Object.fromEntries(keys.map((k) => [k, row[k] ?? null]));
const nodes = (connection: unknown) => (connection as { nodes: Json[] }).nodes;

const PROGRAM = ["position", "name", "isPartial", "isNew"];
const PROGRAM_MONEY = ["budget", "expectedGrant", "actual", "actualGrant"];
const KPI = ["position", "name", "unit", "direction"];
const KPI_NUMBERS = ["baseline", "target"];
const STATED = [
  "statedBudgetTotal",
  "statedExpectedGrantTotal",
  "statedActualTotal",
  "statedActualGrantTotal",
];

function report(row: Json, programs: Json[], kpis: Json[], evaluation: unknown, policy: unknown) {
  return {
    ...pick(row, ["fiscalYear", "status", "version", "department", "moneyUnit"]),
    id: String(row.id),
    stated: STATED.map((k) => num(row[k])),
    programs: programs.map((p) => ({
      ...pick(p, PROGRAM),
      money: PROGRAM_MONEY.map((k) => num(p[k])),
    })),
    kpis: kpis.map((k) => {
      // Sosei nests the measured value ({ value, notMeasured }); the others keep it flat.
      const measured = (k.value !== null && typeof k.value === "object" ? k.value : k) as Json;
      return {
        ...pick(k, KPI),
        numbers: KPI_NUMBERS.map((n) => num(k[n])),
        value: num(measured.value),
        notMeasured: Boolean(measured.notMeasured),
      };
    }),
    evaluation: evaluation ? pick(evaluation as Json, ["categoryText", "opinion"]) : null,
    futurePolicy: policy ? pick(policy as Json, ["categoryText", "reason"]) : null,
  };
}

export type ReportFacts = ReturnType<typeof report>;

/** The reports of one whole-FY page, in one shape. */
export function fyReports(impl: Impl, text: string): ReportFacts[] {
  const parsed = JSON.parse(text) as { data?: Record<string, unknown> } & Json[];
  if (impl === "raw") {
    return (parsed as Json[]).map((r) =>
      report(r, r.programs as Json[], r.kpis as Json[], r.evaluation, r.futurePolicy),
    );
  }
  if (impl === "postgraphile") {
    return nodes(parsed.data!.allReports).map((r) =>
      report(
        r,
        nodes(r.budgetProgramsByReportId),
        nodes(r.kpiValuesByReportId),
        nodes(r.evaluationsByReportId)[0],
        nodes(r.futurePoliciesByReportId)[0],
      ),
    );
  }
  return (parsed.data!.allReports as Json[]).map((r) =>
    report(r, r.programs as Json[], r.kpis as Json[], r.evaluation, r.futurePolicy),
  );
}

/** The rows and total count of one list page, in one shape. */
export function listFacts(impl: Impl, text: string): { count: number; rows: Json[] } {
  const parsed = JSON.parse(text) as { data?: Record<string, unknown> } & Json;
  // Anonymous visitors get no project (Sosei: null; the references do not ask for it).
  const row = (r: Json, project: Json | null | undefined) => ({
    ...pick(r, ["fiscalYear", "status", "version", "department"]),
    id: String(r.id),
    project: project && project.number !== undefined ? pick(project, ["number", "name"]) : null,
  });
  if (impl === "raw") {
    const rows = (parsed.rows as Json[]).map((r) => row(r, r));
    return { count: Number(parsed.count), rows };
  }
  if (impl === "postgraphile") {
    const all = parsed.data!.allReports as { totalCount: number; nodes: Json[] };
    return {
      count: all.totalCount,
      rows: all.nodes.map((r) => row(r, r.projectByProjectId as Json)),
    };
  }
  const data = parsed.data as { allReports: Json[]; _allReportsMeta: { count: number } };
  return {
    count: data._allReportsMeta.count,
    rows: data.allReports.map((r) => row(r, r.project as Json)),
  };
}
