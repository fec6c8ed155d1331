import {
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from "@mui/material";
import { useTranslate } from "react-admin";
import type { Report } from "../../types";
import { amountWithGrant, discrepancyText, programName } from "./formText";
import { TotalsAcknowledged } from "./TotalsAcknowledged";

/** ④ the budget programs, read-only, with the 合計 row as stated and as computed. */
export function ProgramsTable({ report }: { report: Report }) {
  const translate = useTranslate();
  const unit = report.moneyUnit;
  const unitLabel = translate(`sosei.units.${unit}`);
  const column = (name: string) => translate(`sosei.programs.columns.${name}`);
  const { totals } = report;
  const stated = amountWithGrant(report.statedBudgetTotal, report.statedExpectedGrantTotal, unit);
  const statedActual = amountWithGrant(
    report.statedActualTotal,
    report.statedActualGrantTotal,
    unit,
  );
  const computed = (a: Report["totals"]["budget"], g: Report["totals"]["budget"]) =>
    amountWithGrant(a?.yen ?? null, g?.yen ?? null, unit);
  return (
    <TableContainer>
      <Table size="small" aria-label={translate("sosei.editor.sections.programs")}>
        <TableHead>
          <TableRow>
            <TableCell>{column("name")}</TableCell>
            <TableCell>{column("summary")}</TableCell>
            <TableCell>{column("mainResults")}</TableCell>
            <TableCell align="right">
              {translate("sosei.form.budgetWithGrant", { unit: unitLabel })}
            </TableCell>
            <TableCell align="right">
              {translate("sosei.form.actualWithGrant", {
                unit: unitLabel,
                asOf: report.actualsAsOfLabel ?? "",
              })}
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {report.programs.map((program, i) => (
            <TableRow key={program.id ?? i}>
              <TableCell sx={{ minWidth: 160 }}>{programName(program, translate)}</TableCell>
              <TableCell sx={{ whiteSpace: "pre-wrap", minWidth: 200 }}>
                {program.summary}
              </TableCell>
              <TableCell sx={{ whiteSpace: "pre-wrap", minWidth: 200 }}>
                {program.mainResults}
              </TableCell>
              <TableCell align="right">
                {amountWithGrant(program.budget, program.expectedGrant, unit)}
              </TableCell>
              <TableCell align="right">
                {amountWithGrant(program.actual, program.actualGrant, unit)}
              </TableCell>
            </TableRow>
          ))}
          <TableRow>
            <TableCell colSpan={3}>{translate("sosei.form.statedTotal")}</TableCell>
            <TableCell align="right">{stated}</TableCell>
            <TableCell align="right">{statedActual}</TableCell>
          </TableRow>
          <TableRow>
            <TableCell colSpan={3}>{translate("sosei.form.computedTotal")}</TableCell>
            <TableCell align="right">{computed(totals.budget, totals.expectedGrant)}</TableCell>
            <TableCell align="right">{computed(totals.actual, totals.actualGrant)}</TableCell>
          </TableRow>
        </TableBody>
      </Table>
      {report.discrepancies.map((d) => (
        <Typography key={d.field} variant="body2" color="error" sx={{ mt: 1 }} role="status">
          {discrepancyText(
            { field: d.field, stated: d.stated.yen, computed: d.computed.yen },
            unit,
            translate,
          )}
        </Typography>
      ))}
      {report.discrepancies.length > 0 && <TotalsAcknowledged report={report} />}
    </TableContainer>
  );
}
