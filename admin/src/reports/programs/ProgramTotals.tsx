import { Alert, Box, Button, Stack, TextField, Typography } from "@mui/material";
import { TOTAL_FIELDS } from "@sosei/server/rules/discrepancy";
import { formatAmount, type MoneyUnit, type Yen } from "@sosei/server/rules/money";
import { useTranslate } from "react-admin";
import { useController, useFormContext, useWatch } from "react-hook-form";
import { percentText } from "../../fields/format";
import { gridFigures, type StatedTotals } from "./programFigures";
import { discrepancyText } from "../show/formText";
import type { ProgramRow } from "./programRows";

function AmountBox({ name, label }: { name: string; label: string }) {
  const { field, fieldState } = useController({ name });
  return (
    <TextField
      size="small"
      label={label}
      value={field.value ?? ""}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={Boolean(fieldState.error)}
      helperText={fieldState.error?.message}
      slotProps={{ htmlInput: { inputMode: "decimal", style: { textAlign: "right" } } }}
      sx={{ width: 170 }}
    />
  );
}

/**
 * Under the grid, live while typing: the computed totals, the execution rate and the grant's
 * share, the 合計 row as the form states it, and where the two disagree.
 */
export function ProgramTotals({ unit }: { unit: MoneyUnit }) {
  const translate = useTranslate();
  const { setValue } = useFormContext();
  const rows = (useWatch({ name: "rows" }) ?? []) as ProgramRow[];
  const stated = useWatch({ name: "stated" }) as StatedTotals;
  const projectActual = (useWatch({ name: "projectActual" }) ?? "") as string;
  const figures = gridFigures(rows, unit, stated, projectActual);
  const unitLabel = translate(`sosei.units.${unit}`);
  const money = (yen: Yen | null) =>
    yen === null ? "-" : `${formatAmount(yen, unit)} ${unitLabel}`;
  const column = (field: string) => translate(`sosei.programs.columns.${field}`);
  const copyTotals = () => {
    for (const field of TOTAL_FIELDS) {
      const yen = figures.totals[field];
      setValue(`stated.${field}`, yen === null ? "" : formatAmount(yen, unit), {
        shouldDirty: true,
      });
    }
  };
  return (
    <Box sx={{ mt: 2 }} aria-live="polite">
      <Stack
        direction="row"
        spacing={3}
        useFlexGap
        sx={{ flexWrap: "wrap" }}
        data-testid="program-totals"
      >
        {TOTAL_FIELDS.map((field) => (
          <Typography key={field} variant="body2">
            {translate("sosei.programs.total", { field: column(field) })}:{" "}
            <strong data-total={field}>{money(figures.totals[field])}</strong>
          </Typography>
        ))}
        <Typography variant="body2">
          {translate("resources.reports.fields.executionRate")}:{" "}
          <strong>{percentText(figures.executionRate)}</strong>
        </Typography>
        <Typography variant="body2">
          {translate("sosei.programs.grantShare")}:{" "}
          <strong>{percentText(figures.grantShare.budget)}</strong>
          {" / "}
          <strong>{percentText(figures.grantShare.actual)}</strong>
        </Typography>
      </Stack>
      {figures.incomplete && (
        <Alert severity="warning" sx={{ mt: 1 }}>
          {translate("sosei.programs.incomplete")}
        </Alert>
      )}
      <Typography component="h3" variant="subtitle2" sx={{ mt: 2, mb: 1 }}>
        {translate("sosei.form.statedTotal")}
      </Typography>
      <Stack
        direction="row"
        spacing={1}
        useFlexGap
        sx={{ flexWrap: "wrap", alignItems: "flex-start" }}
      >
        {TOTAL_FIELDS.map((field) => (
          <AmountBox
            key={field}
            name={`stated.${field}`}
            label={`${column(field)} (${unitLabel})`}
          />
        ))}
        <Button onClick={copyTotals}>{translate("sosei.programs.copyTotals")}</Button>
      </Stack>
      {figures.discrepancies.length > 0 && (
        // After a paste the stated 合計 is usually the old one: offer the computed figures.
        <Alert
          severity="error"
          sx={{ mt: 1 }}
          action={
            <Button color="inherit" size="small" onClick={copyTotals}>
              {translate("sosei.programs.copyTotals")}
            </Button>
          }
        >
          {figures.discrepancies.map((d) => (
            <div key={d.field}>{discrepancyText(d, unit, translate)}</div>
          ))}
        </Alert>
      )}
      {rows.length === 0 && (
        <Box sx={{ mt: 2 }}>
          <AmountBox
            name="projectActual"
            label={`${translate("resources.reports.fields.projectActual")} (${unitLabel})`}
          />
        </Box>
      )}
    </Box>
  );
}
