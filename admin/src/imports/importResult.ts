import type { Problem } from "@sosei/server/io/import/problems";

export type { Problem };

/**
 * What POST /api/import answers: the dry run's (or the apply's) report. The server's types
 * (server/src/io/import/apply-import.ts, import-files.ts) sit beside the database client, so
 * the admin names here the part it shows.
 */
export interface ImportedReportLine {
  file: string;
  line?: number;
  sheet?: string;
  number: number;
  municipality: string;
  fiscalYear: number;
  projectName: string;
  action: "create" | "update" | "unchanged" | "refused" | "not checked";
  /** The status of the report the file was compared with (an import never changes it). */
  status?: string;
  /** Each change by its field's label, before → after as the form shows them, and where. */
  changes: Change[];
}

export interface Change {
  part: string;
  labelJa: string;
  labelEn: string;
  before: string;
  after: string;
  file: string;
  line?: number;
  sheet?: string;
}

export interface ImportResult {
  applied: boolean;
  reports: ImportedReportLine[];
  counts: { create: number; update: number; unchanged: number; refused: number };
  errorCount: number;
  warningCount: number;
  problems: Problem[];
  files: { file: string; format: string; encoding?: string; tables?: string[] }[];
}

/**
 * A refusal (401, 403, 413, 400; 500 or 503 when the server fails or stops): `error` of the
 * server's one JSON error shape (server/src/errors/http-errors.ts), or the admin's own NETWORK.
 */
export interface UploadError {
  code: string;
  messageJa?: string;
  messageEn?: string;
}

/** What the user gives for what a file does not state itself (the source form's text). */
export interface ImportDefaults {
  /** 6-digit code; empty: the server takes the user's own municipality. */
  municipality: string;
  fiscalYear: string;
  grantType: string;
  unit: "" | "千円" | "円";
}

/** The query string of POST /api/import for these defaults. */
export function importQuery(defaults: ImportDefaults, apply: boolean): string {
  const params = new URLSearchParams();
  if (apply) params.set("apply", "1");
  if (defaults.municipality) params.set("municipality", defaults.municipality);
  if (defaults.fiscalYear) params.set("year", defaults.fiscalYear);
  if (defaults.grantType) params.set("grantType", defaults.grantType);
  if (defaults.unit) params.set("unit", defaults.unit);
  const query = params.toString();
  return query ? `?${query}` : "";
}
