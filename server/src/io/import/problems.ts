/**
 * What an import found, each located in its file: blocking errors (nothing is written
 * while there is one) and warnings (the data is loaded as written and the warning shown).
 */
export type Severity = "error" | "warning";

/** Where something was read; `line` is a text line or a sheet row (1-based). */
export interface Origin {
  file: string;
  line?: number;
  sheet?: string;
}

export interface Problem extends Origin {
  severity: Severity;
  code: string;
  /** The report's "No", when the problem belongs to one. */
  report?: number;
  /** What was wrong, named in both languages, e.g. "事業 2 冬季観光滞在促進費 予算額/budget". */
  where?: string;
  messageJa: string;
  messageEn: string;
}

/** "reports.csv:12", "book.xlsx [予算事業] 行 5 / row 5". */
export function locationOf(origin: Origin): string {
  if (origin.line === undefined) return origin.file;
  if (origin.sheet !== undefined)
    return `${origin.file} [${origin.sheet}] 行 ${origin.line} / row ${origin.line}`;
  return `${origin.file}:${origin.line}`;
}

/** One line per problem, as the command line prints it. */
export function problemLine(p: Problem): string {
  const where = [locationOf(p), p.report !== undefined ? `No.${p.report}` : "", p.where ?? ""]
    .filter(Boolean)
    .join(" ");
  const tag = p.severity === "error" ? "エラー/error" : "警告/warning";
  return `[${tag} ${p.code}] ${where}: ${p.messageJa} / ${p.messageEn}`;
}

/** Collects problems while a file is read; parsing goes on after an error to find them all. */
export class Problems {
  readonly list: Problem[] = [];

  add(severity: Severity, origin: Origin, code: string, ja: string, en: string, extra = {}) {
    this.list.push({ severity, ...origin, code, messageJa: ja, messageEn: en, ...extra });
  }

  error(origin: Origin, code: string, ja: string, en: string, extra: Partial<Problem> = {}) {
    this.add("error", origin, code, ja, en, extra);
  }

  warning(origin: Origin, code: string, ja: string, en: string, extra: Partial<Problem> = {}) {
    this.add("warning", origin, code, ja, en, extra);
  }

  get hasErrors(): boolean {
    return this.list.some((p) => p.severity === "error");
  }
}
