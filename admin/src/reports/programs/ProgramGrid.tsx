import AddIcon from "@mui/icons-material/Add";
import ArrowDownwardIcon from "@mui/icons-material/ArrowDownward";
import ArrowUpwardIcon from "@mui/icons-material/ArrowUpward";
import DeleteIcon from "@mui/icons-material/Delete";
import {
  Button,
  IconButton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from "@mui/material";
import type { MoneyUnit } from "@sosei/server/rules/money";
import type { ClipboardEvent, KeyboardEvent } from "react";
import { useTranslate } from "react-admin";
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { CellCheckbox } from "../../inputs/CellCheckbox";
import { isBlock } from "./clipboard";
import { caretOf, nextCell } from "./gridKeyboard";
import { GridCell } from "./GridCell";
import { pasteBlock } from "./paste";
import { COLUMNS, emptyRow, programOf, type ProgramRow } from "./programRows";

function cellOf(target: EventTarget | null) {
  const input = target as HTMLInputElement | HTMLTextAreaElement | null;
  const row = input?.dataset?.row;
  const column = input?.dataset?.column;
  if (!input || row === undefined || column === undefined) return null;
  return { input, row: Number(row), column: Number(column) };
}

function GridRow({
  index,
  count,
  unit,
  move,
  remove,
}: {
  index: number;
  count: number;
  unit: MoneyUnit;
  move(from: number, to: number): void;
  remove(index: number): void;
}) {
  const translate = useTranslate();
  const row = useWatch({ name: `rows.${index}` }) as ProgramRow | undefined;
  const errors = row ? (programOf(row, unit).errors ?? {}) : {};
  const label = (name: string) =>
    translate("sosei.programs.cell", {
      row: index + 1,
      column: translate(`sosei.programs.columns.${name}`),
    });
  return (
    <TableRow>
      <TableCell>{index + 1}</TableCell>
      {COLUMNS.map((column) => (
        <TableCell key={column}>
          <GridCell index={index} column={column} error={errors[column]} label={label(column)} />
          {column === "name" && (
            <div>
              <CellCheckbox source={`rows.${index}.isNew`} label={label("isNew")} />
              <Typography component="span" variant="caption">
                {translate("sosei.programs.columns.isNew")}
              </Typography>
              <CellCheckbox source={`rows.${index}.isPartial`} label={label("isPartial")} />
              <Typography component="span" variant="caption">
                {translate("sosei.programs.columns.isPartial")}
              </Typography>
            </div>
          )}
        </TableCell>
      ))}
      {/* One above the other: the grid keeps its amounts in view on a 1366 px screen. */}
      <TableCell>
        <Stack>
          <IconButton
            size="small"
            aria-label={translate("sosei.programs.moveUp", { row: index + 1 })}
            disabled={index === 0}
            onClick={() => move(index, index - 1)}
          >
            <ArrowUpwardIcon fontSize="small" />
          </IconButton>
          <IconButton
            size="small"
            aria-label={translate("sosei.programs.moveDown", { row: index + 1 })}
            disabled={index === count - 1}
            onClick={() => move(index, index + 1)}
          >
            <ArrowDownwardIcon fontSize="small" />
          </IconButton>
          <IconButton
            size="small"
            aria-label={translate("sosei.programs.remove", { row: index + 1 })}
            onClick={() => remove(index)}
          >
            <DeleteIcon fontSize="small" />
          </IconButton>
        </Stack>
      </TableCell>
    </TableRow>
  );
}

/**
 * ④ as a spreadsheet: one row per program, arrows and Enter move between cells, a block
 * copied from Excel pastes over the cells from the focused one on (adding rows), rows are added,
 * removed and reordered; every cell shows its error before anything is saved.
 */
export function ProgramGrid({ unit }: { unit: MoneyUnit }) {
  const translate = useTranslate();
  const { getValues } = useFormContext();
  const { fields, append, remove, move, replace } = useFieldArray({
    name: "rows",
    keyName: "fieldKey",
  });
  const unitLabel = translate(`sosei.units.${unit}`);

  const onKeyDown = (event: KeyboardEvent) => {
    const cell = cellOf(event.target);
    if (!cell) return;
    const key = {
      key: event.key,
      shiftKey: event.shiftKey,
      caret: caretOf(cell.input),
      multiline: cell.input instanceof HTMLTextAreaElement,
    };
    const next = nextCell(cell, key, { rows: fields.length, columns: COLUMNS.length });
    if (!next) return;
    event.preventDefault();
    const selector = `[data-row="${next.row}"][data-column="${next.column}"]`;
    (event.currentTarget.querySelector(selector) as HTMLInputElement | null)?.focus();
  };

  const onPaste = (event: ClipboardEvent) => {
    const cell = cellOf(event.target);
    const text = event.clipboardData.getData("text/plain");
    if (!cell || !isBlock(text)) return;
    event.preventDefault();
    const rows = getValues("rows") as ProgramRow[];
    replace(pasteBlock(rows, { row: cell.row, column: COLUMNS[cell.column]! }, text, unit));
  };

  return (
    <>
      <TableContainer
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        sx={{ maxWidth: "100%", "& tbody td": { verticalAlign: "top", px: 0.5 } }}
      >
        <Table size="small" aria-label={translate("sosei.editor.sections.programs")}>
          <TableHead>
            <TableRow>
              <TableCell>{translate("sosei.programs.columns.number")}</TableCell>
              {COLUMNS.map((column) => (
                <TableCell key={column}>
                  {translate(`sosei.programs.columns.${column}`)}
                  {column.match(/budget|Grant|actual/) ? ` (${unitLabel})` : ""}
                </TableCell>
              ))}
              <TableCell>{translate("sosei.programs.columns.actions")}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {fields.map((field, index) => (
              <GridRow
                key={field.fieldKey}
                index={index}
                count={fields.length}
                unit={unit}
                move={move}
                remove={remove}
              />
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <Button startIcon={<AddIcon />} onClick={() => append(emptyRow())} sx={{ mt: 1 }}>
        {translate("sosei.programs.add")}
      </Button>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        {translate("sosei.programs.pasteHint", { unit: unitLabel })}
      </Typography>
    </>
  );
}
