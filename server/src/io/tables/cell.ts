/**
 * A table cell of Sosei's own export format, before it is written as CSV text or as an
 * XLSX value: amounts stay exact yen with their unit, months stay year + month.
 */
import type { MoneyUnit, YearMonth } from "../../rules";

export type Cell =
  | null
  | { t: "text"; v: string }
  | { t: "int"; v: number }
  | { t: "amount"; yen: number; unit: MoneyUnit }
  | { t: "decimal"; v: string }
  | { t: "ratio"; v: number }
  | { t: "month"; v: YearMonth }
  | { t: "bool"; v: boolean }
  | { t: "datetime"; v: Date };

export type CellKind = Exclude<Cell, null>["t"];

export const text = (v: string | null): Cell => (v === null || v === "" ? null : { t: "text", v });
export const int = (v: number | null): Cell => (v === null ? null : { t: "int", v });
export const amount = (yen: number | null, unit: MoneyUnit): Cell =>
  yen === null ? null : { t: "amount", yen, unit };
export const decimal = (v: string | null): Cell => (v === null ? null : { t: "decimal", v });
export const ratio = (v: number | null): Cell =>
  v === null || !Number.isFinite(v) ? null : { t: "ratio", v };
export const month = (v: YearMonth | null): Cell => (v === null ? null : { t: "month", v });
export const bool = (v: boolean): Cell => ({ t: "bool", v });
export const datetime = (v: Date | null): Cell => (v === null ? null : { t: "datetime", v });

/** A column of an exported table; `key` names what the importer reads it into. */
export interface Column<Source> {
  header: string;
  kind: CellKind;
  /** Derived figures (computed totals, progress): written, never read back. */
  exportOnly?: boolean;
  /** The importer refuses a table without this column. */
  required?: boolean;
  get(source: Source): Cell;
}
