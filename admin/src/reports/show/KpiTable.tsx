import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from "@mui/material";
import { useTranslate } from "react-admin";
import { kpiNumberText, percentText } from "../../fields/format";
import type { Report } from "../../types";
import { latestValueText } from "./formText";

/** ⑤ KPIs and ⑥ their latest values, read-only, as the form lists them. */
export function KpiTable({ report }: { report: Report }) {
  const translate = useTranslate();
  const column = (name: string) => translate(`sosei.kpis.columns.${name}`);
  const note = report.kpiNameNote ? ` (${report.kpiNameNote})` : "";
  return (
    <TableContainer>
      <Table size="small" aria-label={translate("sosei.editor.sections.kpis")}>
        <TableHead>
          <TableRow>
            <TableCell>{`${column("name")}${note}`}</TableCell>
            {["baseline", "target", "unit", "targetMonth", "value", "progress", "achieved"].map(
              (name) => (
                <TableCell key={name}>{column(name)}</TableCell>
              ),
            )}
          </TableRow>
        </TableHead>
        <TableBody>
          {report.kpis.map((kpi) => (
            <TableRow key={kpi.position}>
              <TableCell>{`${kpi.position}. ${kpi.name}`}</TableCell>
              <TableCell align="right">{kpiNumberText(kpi.baseline)}</TableCell>
              <TableCell align="right">{kpiNumberText(kpi.target)}</TableCell>
              <TableCell>{kpi.unit}</TableCell>
              <TableCell>{kpi.targetMonthLabel ?? "-"}</TableCell>
              <TableCell>{latestValueText(kpi.value, kpi.unit, translate)}</TableCell>
              <TableCell align="right">{percentText(kpi.progress)}</TableCell>
              <TableCell>
                {kpi.achieved === null
                  ? "-"
                  : translate(kpi.achieved ? "sosei.kpis.achieved" : "sosei.kpis.notAchieved")}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
