/**
 * KPI figures as written on a form ("1,685", "682.3", "１７", "-"). They are kept as
 * canonical decimal strings so that the database's numeric column stores them exactly.
 */
import { RuleError } from "./errors";
import { compact, quote } from "./text";

const DECIMAL = /^-?\d+(\.\d+)?$/;
/** Dashes a form uses for "not measured". */
const NOT_MEASURED = /^[-‐－―ー—–]$/;

/** "1,685" → "1685"; full-width digits folded; throws INVALID_KPI on anything else. */
export function parseKpiNumber(text: string): string {
  const plain = compact(text).replace(/,/g, "");
  if (!DECIMAL.test(plain)) {
    throw new RuleError(
      "INVALID_KPI",
      `KPIの値${quote(text)}は数値ではありません`,
      `KPI value ${quote(text)} is not a number`,
    );
  }
  return plain.replace(/^(-?)0+(?=\d)/, "$1");
}

export interface KpiLatest {
  value: string | null;
  notMeasured: boolean;
}

/** A latest-value cell: blank → no value yet; a dash → not measured; else a number. */
export function parseKpiLatest(text: string | null): KpiLatest {
  const plain = compact(text ?? "");
  if (plain === "") return { value: null, notMeasured: false };
  if (NOT_MEASURED.test(plain)) return { value: null, notMeasured: true };
  return { value: parseKpiNumber(plain), notMeasured: false };
}

/** A stored KPI decimal as the form prints it: "1685" → "1,685", "682.3" stays. */
export function formatKpiNumber(value: string): string {
  const plain = parseKpiNumber(value);
  const [whole = "", fraction] = plain.split(".");
  const sign = whole.startsWith("-") ? "-" : "";
  const grouped = whole.replace(/^-/, "").replace(/\B(?=(\d{3})+$)/g, ",");
  return `${sign}${grouped}${fraction ? `.${fraction}` : ""}`;
}
