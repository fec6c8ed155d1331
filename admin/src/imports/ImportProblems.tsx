import {
  Chip,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableRow,
  Typography,
} from "@mui/material";
import { useLocale, useTranslate } from "react-admin";
import type { Problem } from "./importResult";
import { locationText } from "./locationText";
import { ColumnHeads } from "./ColumnHeads";

/** Every problem the import found, located in its file, errors first, in the user's language. */
export function ImportProblems({ problems }: { problems: Problem[] }) {
  const translate = useTranslate();
  const locale = useLocale();
  if (problems.length === 0)
    return <Typography variant="body2">{translate("sosei.imports.noProblems")}</Typography>;
  const sorted = [...problems].sort(
    (a, b) => Number(b.severity === "error") - Number(a.severity === "error"),
  );
  return (
    <TableContainer>
      <Table size="small" aria-label={translate("sosei.imports.problems")}>
        <ColumnHeads columns={["severity", "location", "number", "field", "message"]} />
        <TableBody>
          {sorted.map((p, i) => (
            <TableRow key={i} data-severity={p.severity} data-code={p.code}>
              <TableCell>
                <Chip
                  size="small"
                  color={p.severity === "error" ? "error" : "warning"}
                  label={translate(`sosei.imports.severity.${p.severity}`)}
                />
              </TableCell>
              <TableCell>{locationText(p, translate)}</TableCell>
              <TableCell>{p.report ?? ""}</TableCell>
              <TableCell>{p.where ?? ""}</TableCell>
              <TableCell>{locale === "en" ? p.messageEn : p.messageJa}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
