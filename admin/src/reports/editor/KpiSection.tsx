import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from "@mui/material";
import { useCallback, useRef } from "react";
import { TextInput, useDataProvider, useTranslate } from "react-admin";
import { useWatch } from "react-hook-form";
import { kpiNumberText, percentText } from "../../fields/format";
import { CellCheckbox } from "../../inputs/CellCheckbox";
import { MonthInput } from "../../inputs/MonthInput";
import type { SoseiDataProvider } from "../../providers/dataProvider";
import type { Report, ReportKpi } from "../../types";
import { KpiTable } from "../show/KpiTable";
import { EditorSection } from "./EditorSection";
import { editedValues, kpiValueRows, liveProgress, type KpiValueRow } from "./kpiRows";
import { useAllowed, useReportEditor } from "./ReportEditorContext";
import { SectionForm } from "./SectionForm";

const pick = (r: Report) => ({ kpis: kpiValueRows(r.kpis) });
type Values = ReturnType<typeof pick>;

function Progress({ kpi, index }: { kpi: ReportKpi; index: number }) {
  const translate = useTranslate();
  const row = useWatch({ name: `kpis.${index}` }) as KpiValueRow | undefined;
  const { progress, achieved } = liveProgress(kpi, row);
  return (
    <>
      <TableCell align="right">{percentText(progress)}</TableCell>
      <TableCell>
        {achieved === null
          ? "-"
          : translate(achieved ? "sosei.kpis.achieved" : "sosei.kpis.notAchieved")}
      </TableCell>
    </>
  );
}

function KpiValueInputs({ kpis }: { kpis: ReportKpi[] }) {
  const translate = useTranslate();
  const column = (name: string) => translate(`sosei.kpis.columns.${name}`);
  const cell = (index: number, name: string) => `${index + 1}: ${column(name)}`;
  return (
    <TableContainer>
      <Table size="small" aria-label={translate("sosei.editor.sections.kpis")}>
        <TableHead>
          <TableRow>
            {[
              "name",
              "baseline",
              "target",
              "targetMonth",
              "value",
              "notMeasured",
              "asOf",
              "isReference",
              "progress",
              "achieved",
            ].map((name) => (
              <TableCell key={name}>{column(name)}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {kpis.map((kpi, i) => (
            <TableRow key={kpi.position}>
              <TableCell sx={{ minWidth: 200 }}>{`${kpi.position}. ${kpi.name}`}</TableCell>
              <TableCell align="right">
                {kpiNumberText(kpi.baseline)} {kpi.unit}
              </TableCell>
              <TableCell align="right">
                {kpiNumberText(kpi.target)} {kpi.unit}
              </TableCell>
              <TableCell>{kpi.targetMonthLabel ?? "-"}</TableCell>
              <TableCell sx={{ minWidth: 120 }}>
                <TextInput
                  source={`kpis.${i}.value`}
                  label={false}
                  helperText={false}
                  disabled={!kpi.kpiId}
                  slotProps={{
                    htmlInput: { "aria-label": cell(i, "value"), inputMode: "decimal" },
                  }}
                />
              </TableCell>
              <TableCell>
                <CellCheckbox
                  source={`kpis.${i}.notMeasured`}
                  label={cell(i, "notMeasured")}
                  disabled={!kpi.kpiId}
                />
              </TableCell>
              <TableCell sx={{ minWidth: 150 }}>
                <MonthInput
                  source={`kpis.${i}.asOf`}
                  label={false}
                  disabled={!kpi.kpiId}
                  slotProps={{ htmlInput: { "aria-label": cell(i, "asOf") } }}
                />
              </TableCell>
              <TableCell>
                <CellCheckbox
                  source={`kpis.${i}.isReference`}
                  label={cell(i, "isReference")}
                  disabled={!kpi.kpiId}
                />
              </TableCell>
              <Progress kpi={kpi} index={i} />
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/** ⑤ KPIs as the report states them, with ⑥ their latest values (what finance enters). */
export function KpiSection() {
  const dataProvider = useDataProvider<SoseiDataProvider>();
  const { report } = useReportEditor();
  // Which form row each value sent stands for: the API's field errors count the values sent.
  const sent = useRef<number[]>([]);
  const write = useCallback(
    (target: Report, mine: Values, started: Values) => {
      const edits = editedValues(mine.kpis, started.kpis);
      sent.current = edits.map((edit) => edit.index);
      return dataProvider.saveReportKpiValues(
        target.id,
        target.version,
        edits.map((edit) => edit.value),
      );
    },
    [dataProvider],
  );
  const fieldOf = useCallback((path: (string | number)[]) => {
    const [head, index, field] = path;
    const row = typeof index === "number" ? sent.current[index] : undefined;
    return head === "values" && row !== undefined ? `kpis.${row}.${field ?? "value"}` : undefined;
  }, []);
  return (
    <EditorSection id="kpis" title="sosei.editor.sections.kpis">
      {useAllowed("editFinance") ? (
        <SectionForm values={pick} write={write} fieldOf={fieldOf}>
          <KpiValueInputs kpis={report.kpis} />
        </SectionForm>
      ) : (
        <KpiTable report={report} />
      )}
    </EditorSection>
  );
}
