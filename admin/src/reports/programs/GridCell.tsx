import { TextField } from "@mui/material";
import { memo } from "react";
import { useTranslate } from "react-admin";
import { useController } from "react-hook-form";
import { COLUMNS, splitNameMarkers, type CellError, type Column } from "./programRows";

const MULTILINE: readonly Column[] = ["summary", "mainResults"];
const WIDTH: Record<Column, number> = {
  name: 200,
  summary: 220,
  mainResults: 220,
  budget: 110,
  expectedGrant: 110,
  actual: 110,
  actualGrant: 110,
};

export interface GridCellProps {
  index: number;
  column: Column;
  /** The cell's own error, from reading the row (before anything is saved). */
  error?: CellError;
  label: string;
}

/**
 * One cell of the budget-programs grid: a text input bound to the form, named for screen
 * readers, marked with its position for keyboard moves and pasting. An error the server
 * returned for it (extensions.field) shows until the cell changes.
 */
export const GridCell = memo(function GridCell({ index, column, error, label }: GridCellProps) {
  const translate = useTranslate();
  const { field, fieldState } = useController({ name: `rows.${index}.${column}` });
  const { field: isNew } = useController({ name: `rows.${index}.isNew` });
  const { field: isPartial } = useController({ name: `rows.${index}.isPartial` });
  const message = error ? translate(error.key, error.values) : fieldState.error?.message;
  const amount = !MULTILINE.includes(column) && column !== "name";
  return (
    <TextField
      size="small"
      value={field.value ?? ""}
      onChange={field.onChange}
      onBlur={() => {
        // A name typed with the form's markers: "(新)…" / "…(関係分)" become the flags.
        if (column === "name") {
          const split = splitNameMarkers(String(field.value ?? ""));
          if (split.isNew) isNew.onChange(true);
          if (split.isPartial) isPartial.onChange(true);
          if (split.isNew || split.isPartial) field.onChange(split.name);
        }
        field.onBlur();
      }}
      inputRef={field.ref}
      multiline={MULTILINE.includes(column)}
      maxRows={4}
      error={Boolean(message)}
      helperText={message}
      sx={{ width: WIDTH[column] }}
      slotProps={{
        htmlInput: {
          "aria-label": label,
          "data-row": index,
          "data-column": COLUMNS.indexOf(column),
          inputMode: amount ? "decimal" : undefined,
          style: amount ? { textAlign: "right" } : undefined,
        },
      }}
    />
  );
});
