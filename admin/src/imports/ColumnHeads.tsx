import { TableCell, TableHead, TableRow } from "@mui/material";
import { useTranslate } from "react-admin";

/** The header row of an import result table, each column named by its i18n key. */
export function ColumnHeads({ columns }: { columns: readonly string[] }) {
  const translate = useTranslate();
  return (
    <TableHead>
      <TableRow>
        {columns.map((name) => (
          <TableCell key={name}>{translate(`sosei.imports.columns.${name}`)}</TableCell>
        ))}
      </TableRow>
    </TableHead>
  );
}
