import { REPORT_FIELDS } from "@sosei/server/domain/report/report-field-registry";
import { TOTAL_FIELDS, type TotalField } from "@sosei/server/rules/discrepancy";
import { formatAmount, type MoneyUnit, type Yen } from "@sosei/server/rules/money";
import { useCallback } from "react";
import { useDataProvider } from "react-admin";
import type { SoseiDataProvider } from "../../providers/dataProvider";
import type { ReportField } from "../../providers/reportDocuments";
import type { BudgetProgram, Report } from "../../types";
import { EditorSection } from "../editor/EditorSection";
import { useAllowed, useReportEditor } from "../editor/ReportEditorContext";
import { SectionForm } from "../editor/SectionForm";
import { ProgramsTable } from "../show/ProgramsTable";
import { ProgramGrid } from "./ProgramGrid";
import { mergeRows } from "./mergeRows";
import { amountOf, programOf, rowOf, type ProgramRow } from "./programRows";
import { ProgramTotals } from "./ProgramTotals";

/** The report's field that states each 合計 (the registry's stated totals). */
const STATED = Object.fromEntries(
  REPORT_FIELDS.filter((f) => "total" in f).map((f) => [f.total, f.key]),
) as Record<TotalField, ReportField & keyof Report>;

interface GridValues extends Record<string, unknown> {
  /** The unit the amounts were written in when the edit started. */
  unit: MoneyUnit;
  rows: ProgramRow[];
  stated: Record<TotalField, string>;
  projectActual: string;
}

function values(report: Report): GridValues {
  const unit = report.moneyUnit;
  const text = (yen: Yen | null) => (yen === null ? "" : formatAmount(yen, unit));
  return {
    unit,
    rows: report.programs.map((p) => rowOf(p, unit)),
    stated: Object.fromEntries(
      TOTAL_FIELDS.map((f) => [f, text(report[STATED[f]] as Yen | null)]),
    ) as GridValues["stated"],
    projectActual: text(report.projectActual),
  };
}

const programsOf = (rows: ProgramRow[], unit: MoneyUnit): BudgetProgram[] =>
  rows.map((row) => {
    const { program } = programOf(row, unit);
    // The cells show their errors; nothing is sent while one is left.
    if (!program) throw new Error("sosei.programs.errors.fixCells");
    return program;
  });

/** Report fields of the 合計 row and the project-level actual that the user changed, in yen. */
function reportFieldChanges(mine: GridValues, started: GridValues) {
  const changes: Partial<Record<ReportField, Yen | null>> = {};
  const yen = (text: string) => {
    try {
      return amountOf(text, mine.unit);
    } catch {
      throw new Error("sosei.programs.errors.fixCells");
    }
  };
  for (const field of TOTAL_FIELDS) {
    if (mine.stated[field] !== started.stated[field])
      changes[STATED[field]] = yen(mine.stated[field]);
  }
  if (mine.projectActual !== started.projectActual) changes.projectActual = yen(mine.projectActual);
  return changes;
}

const FIELD_OF_STATED = Object.fromEntries(TOTAL_FIELDS.map((f) => [STATED[f], `stated.${f}`]));

/** An API error's path → the grid's form field ("programs", 2, "budget" → rows.2.budget). */
function fieldOf(path: (string | number)[]): string | undefined {
  const [head, index, column] = path;
  if (head === "programs" && typeof index === "number") return `rows.${index}.${column ?? "name"}`;
  return FIELD_OF_STATED[String(head)] ?? (head === "projectActual" ? "projectActual" : undefined);
}

/** ④ 市予算事業: the spreadsheet-like grid for finance, a read-only table for everyone else. */
export function ProgramsSection() {
  const dataProvider = useDataProvider<SoseiDataProvider>();
  const { report } = useReportEditor();
  const write = useCallback(
    async (target: Report, mine: GridValues, started: GridValues) => {
      // Applied again after someone else's save: the user's cells on top of theirs.
      const now = values(target);
      const merged = now.unit === mine.unit ? mergeRows(started.rows, mine.rows, now.rows) : null;
      const programs = programsOf(merged ?? mine.rows, mine.unit);
      const before = JSON.stringify(programsOf(now.rows, now.unit));
      const changes = reportFieldChanges(mine, started);
      let saved = target;
      // All programs in one transaction, in the order of the grid.
      if (JSON.stringify(programs) !== before) {
        saved = await dataProvider.saveReportPrograms(saved.id, saved.version, programs);
      }
      if (Object.keys(changes).length > 0) {
        saved = await dataProvider.updateReport(saved.id, saved.version, changes);
      }
      return saved;
    },
    [dataProvider],
  );
  return (
    <EditorSection id="programs" title="sosei.editor.sections.programs">
      {useAllowed("editFinance") ? (
        <SectionForm values={values} write={write} fieldOf={fieldOf}>
          <ProgramGrid unit={report.moneyUnit} />
          <ProgramTotals unit={report.moneyUnit} />
        </SectionForm>
      ) : (
        <ProgramsTable report={report} />
      )}
    </EditorSection>
  );
}
