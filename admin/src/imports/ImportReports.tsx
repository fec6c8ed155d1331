import { Chip, Table, TableBody, TableCell, TableContainer, TableRow } from "@mui/material";
import { useLocale, useTranslate } from "react-admin";
import { fiscalYearText } from "../fields/format";
import { ChangeList } from "./ChangeList";
import type { ImportedReportLine } from "./importResult";
import { locationText } from "./locationText";
import { ColumnHeads } from "./ColumnHeads";

const ACTION_COLORS = {
  create: "primary",
  update: "warning",
  unchanged: "default",
  refused: "error",
  "not checked": "default",
} as const;

/** Per report of the files: what the import does with it (create, update, unchanged). */
export function ImportReports({ reports }: { reports: ImportedReportLine[] }) {
  const translate = useTranslate();
  const locale = useLocale();
  return (
    <TableContainer>
      <Table size="small" aria-label={translate("sosei.imports.reports")}>
        <ColumnHeads
          columns={[
            "action",
            "number",
            "projectName",
            "fiscalYear",
            "municipality",
            "location",
            "changes",
          ]}
        />
        <TableBody>
          {reports.map((r) => (
            <TableRow key={`${r.file}-${r.sheet ?? ""}-${r.line ?? ""}-${r.number}`}>
              <TableCell>
                <Chip
                  size="small"
                  variant="outlined"
                  color={ACTION_COLORS[r.action]}
                  label={translate(`sosei.imports.actions.${r.action.replace(" ", "_")}`)}
                />
              </TableCell>
              <TableCell>{r.number}</TableCell>
              <TableCell>{r.projectName}</TableCell>
              <TableCell>{fiscalYearText(r.fiscalYear, locale)}</TableCell>
              <TableCell>{r.municipality}</TableCell>
              <TableCell>{locationText(r, translate)}</TableCell>
              <TableCell sx={{ fontSize: "0.8rem" }}>
                <ChangeList changes={r.changes} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
