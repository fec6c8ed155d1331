import { InputBase, Typography, styled } from "@mui/material";
import { memo, useId } from "react";
import { useTranslate } from "react-admin";
import { useController, useFormContext } from "react-hook-form";
import { COLUMNS, splitNameMarkers, type CellError, type Column } from "./programRows";

const MULTILINE: readonly Column[] = ["summary", "mainResults"];
const WIDTH: Record<Column, number> = {
  name: 170,
  summary: 170,
  mainResults: 170,
  budget: 96,
  expectedGrant: 96,
  actual: 96,
  actualGrant: 96,
};

/** Styled once for every cell (an `sx` per cell is worked out again for each of dozens). */
const CellInput = styled(InputBase)(({ theme }) => ({
  fontSize: 14,
  padding: theme.spacing(0.25, 0.75),
  border: `1px solid ${theme.palette.grey[500]}`,
  borderRadius: theme.shape.borderRadius,
  "&.Mui-error": { borderColor: theme.palette.error.main },
  // A plain textarea the browser sizes to its text (see inputs/textArea.ts).
  "& textarea": { fieldSizing: "content", maxHeight: "4lh" },
  "&.Mui-focused": {
    borderColor: theme.palette.primary.main,
    outline: `1px solid ${theme.palette.primary.main}`,
  },
}));

export interface GridCellProps {
  index: number;
  column: Column;
  /** The cell's own error, from reading the row (before anything is saved). */
  error?: CellError;
  label: string;
}

/**
 * One cell of the budget-programs grid: a plain input (a grid has dozens; MUI's full TextField
 * costs too much to draw) bound to the form, named for screen readers, marked with its position
 * for keyboard moves and pasting. An error the server returned for it (extensions.field) shows
 * until the cell changes.
 */
export const GridCell = memo(function GridCell({ index, column, error, label }: GridCellProps) {
  const translate = useTranslate();
  const errorId = useId();
  const { setValue } = useFormContext();
  const { field, fieldState } = useController({ name: `rows.${index}.${column}` });
  const message = error ? translate(error.key, error.values) : fieldState.error?.message;
  const multiline = MULTILINE.includes(column);
  const amount = !multiline && column !== "name";
  const onBlur = () => {
    // A name typed with the form's markers: "(新)…" / "…(関係分)" become the flags.
    if (column === "name") {
      const split = splitNameMarkers(String(field.value ?? ""));
      const dirty = { shouldDirty: true };
      if (split.isNew) setValue(`rows.${index}.isNew`, true, dirty);
      if (split.isPartial) setValue(`rows.${index}.isPartial`, true, dirty);
      if (split.isNew || split.isPartial) field.onChange(split.name);
    }
    field.onBlur();
  };
  return (
    <div style={{ width: WIDTH[column] }}>
      <CellInput
        value={field.value ?? ""}
        onChange={field.onChange}
        onBlur={onBlur}
        inputRef={field.ref}
        {...(multiline && { multiline, inputComponent: "textarea", rows: 1 })}
        error={Boolean(message)}
        fullWidth
        inputProps={{
          "aria-label": label,
          "aria-invalid": Boolean(message),
          "aria-describedby": message ? errorId : undefined,
          "data-row": index,
          "data-column": COLUMNS.indexOf(column),
          inputMode: amount ? "decimal" : undefined,
          style: amount ? { textAlign: "right" } : undefined,
        }}
      />
      {message && (
        <Typography id={errorId} variant="caption" color="error" component="div">
          {message}
        </Typography>
      )}
    </div>
  );
});
