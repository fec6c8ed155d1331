/** A report read from a file: its content plus where each part came from. */
import type { KpiContent, ProgramContent, ReportContent } from "../content/report-content";
import type { Origin } from "./problems";

export interface ImportedProgram extends ProgramContent {
  origin: Origin;
}

export interface ImportedKpi extends KpiContent {
  origin: Origin;
}

export interface ImportedReport extends Omit<ReportContent, "programs" | "kpis"> {
  origin: Origin;
  /** The file states status, revision or publication time (an export read back). */
  statesState?: boolean;
  programs: ImportedProgram[];
  kpis: ImportedKpi[];
}

/** What a file does not state itself, given by the caller (command line or upload form). */
export interface ImportDefaults {
  municipality?: { code: string; name?: string; prefecture?: string };
  fiscalYear?: number;
  grantType?: string;
  moneyUnit?: "YEN" | "THOUSAND_YEN";
}

/** Strips the origins: the content as the database would hold it. */
export function withoutOrigins(report: ImportedReport): ReportContent {
  const { origin: _o, statesState: _s, programs, kpis, ...rest } = report;
  return {
    ...rest,
    programs: programs.map(({ origin: _p, ...p }) => p),
    kpis: kpis.map(({ origin: _k, ...k }) => k),
  };
}
