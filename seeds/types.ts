/**
 * A source document's reports in the document's own words and units.
 * Strings stay as written (wareki, thousands separators, defects included);
 * the loader parses them with server/src/rules so every conversion lives in one place.
 */
export type MoneyUnitName = "YEN" | "THOUSAND_YEN";

export interface SeedDocument {
  /** File the data was transcribed from. */
  source: string;
  title: string;
  municipality: { code: string; name: string; prefecture: string };
  /** Fiscal year as written, e.g. "R2年度". */
  fiscalYear: string;
  /** Grant program the reports belong to, e.g. "地方創生推進交付金". */
  grantType: string;
  moneyUnit: MoneyUnitName;
  reports: SeedReport[];
}

export interface SeedReport {
  /** "No" column. */
  number: number;
  /** ① without the joint-application note. */
  projectName: string;
  /** The text inside 【】 after the name, e.g. "北海道共同申請". */
  jointApplicationNote: string | null;
  /** ② as written, e.g. "H30年度～R2年度 (3年度目)"; null for single-year grants. */
  planPeriod: string | null;
  /** Qualifier in the header "指標名(旭川市関係分)": "旭川市関係分". */
  kpiNameNote: string | null;
  /** ③ without the <p> wrapper. */
  overview: string | null;
  /** Month of the actuals from "実績額 (R3.3実績)", as written: "R3.3". */
  actualsAsOf: string | null;
  programs: SeedProgram[];
  /** The 合計 row, in the document's unit; null when the form has none. */
  statedTotals: SeedAmounts | null;
  /** A single project-level actual amount, for forms without programs. */
  projectActual?: number;
  kpis: SeedKpi[];
  effect: { category: string; text: string | null };
  evaluation: { category: string; opinion: string };
  /** category as written, e.g. "事業の継続 (計画通りに事業を継続する(または、概ね同内容で継続する))". */
  policy: { category: string; reason: string };
}

export interface SeedAmounts {
  budget: number;
  expectedGrant: number;
  actual: number | null;
  actualGrant: number | null;
}

export interface SeedProgram extends SeedAmounts {
  /** Name without the "(関係分)" / "(新)" markers. */
  name: string;
  /** "(関係分)": only the part of a larger program that belongs to this project. */
  isPartial: boolean;
  /** "(新)": new this fiscal year. */
  isNew: boolean;
  summary: string;
  mainResults: string;
}

export interface SeedKpi {
  name: string;
  /** As written, e.g. "1,685"; null when the form gives none. */
  baseline: string | null;
  target: string;
  unit: string;
  /** As written, e.g. "R3.3". */
  targetMonth: string | null;
  direction?: "INCREASE" | "DECREASE";
  latest: {
    /** As written, e.g. "682.3"; null when blank, "-" when the form says not measured. */
    value: string | null;
    /** As written, e.g. "R3.3"; null when the form gives no month. */
    asOf: string | null;
    /** 【参考値】 */
    isReference: boolean;
  };
}
