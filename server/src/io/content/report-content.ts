/**
 * One report as the form states it, in what the database stores (yen, year + month,
 * canonical decimal strings), without database ids. The import produces it from a file,
 * the export and the publication read it from the database, so a round trip compares like
 * with like.
 */
import type { ReportFieldContent } from "../../domain/report/report-field-registry";
import type { KpiDirection, MoneyUnit, YearMonth, Yen } from "../../rules";
import type { ReportStatus } from "../../workflow/report-status";

export interface ProgramContent {
  /** 1-based, in the order of the form. */
  position: number;
  /** Without the "(関係分)" / "(新)" markers. */
  name: string;
  isPartial: boolean;
  isNew: boolean;
  summary: string | null;
  mainResults: string | null;
  budget: Yen;
  expectedGrant: Yen;
  actual: Yen | null;
  actualGrant: Yen | null;
}

export interface KpiContent {
  position: number;
  name: string;
  /** Canonical decimal strings ("1685", "682.3"); baseline may be absent. */
  baseline: string | null;
  target: string;
  unit: string;
  targetMonth: YearMonth | null;
  direction: KpiDirection;
  value: string | null;
  /** The form says "-". */
  notMeasured: boolean;
  asOf: YearMonth | null;
  /** 【参考値】 */
  isReference: boolean;
}

/** The registry's fields (texts, the project's actual) under their keys, and the rest. */
export interface ReportContent extends ReportFieldContent {
  /** The name and prefecture may be unknown to a file that only gives the code. */
  municipality: { code: string; name: string | null; prefecture: string | null };
  fiscalYear: number;
  /** Name of the grant type, e.g. "地方創生推進交付金". */
  grantType: string;
  moneyUnit: MoneyUnit;
  /** "No" of the city's list. */
  number: number;
  projectName: string;
  jointApplicationNote: string | null;
  plan: { firstYear: number; lastYear: number } | null;
  statedYearOfPlan: number | null;
  kpiNameNote: string | null;
  actualsAsOf: YearMonth | null;
  programs: ProgramContent[];
  kpis: KpiContent[];
  effect: { category: string | null; text: string | null };
  evaluation: { category: string | null; opinion: string | null };
  policy: { category: string | null; reason: string | null };
  status: ReportStatus;
  revision: number;
  publishedAt: Date | null;
  source: string | null;
}

export const NO_STATED_TOTALS: ReportContent["stated"] = {
  budget: null,
  expectedGrant: null,
  actual: null,
  actualGrant: null,
};

/**
 * The fields the import compares: status, revision and publishing stay the database's, and
 * the file a report came from is no change of the report.
 */
export function comparableContent(content: ReportContent): unknown {
  const { status: _s, revision: _r, publishedAt: _p, source: _f, municipality, ...rest } = content;
  return { ...rest, municipality: municipality.code };
}
