import { Alert, Checkbox, FormControlLabel, TextField } from "@mui/material";
import { useTranslate } from "react-admin";
import { textArea } from "../../inputs/textArea";
import type { Report } from "../../types";
import { discrepancyText } from "../show/formText";

export interface Acknowledgement {
  checked: boolean;
  note: string;
}

/**
 * Submitting a report whose stated 合計 differs from its programs: the differences, and the
 * submitter's explicit acknowledgement (with an optional reason) that the manager will read.
 */
export function TotalsAcknowledgement({
  report,
  value,
  onChange,
}: {
  report: Report;
  value: Acknowledgement;
  onChange(value: Acknowledgement): void;
}) {
  const translate = useTranslate();
  return (
    <>
      <Alert severity="warning" sx={{ mt: 2 }}>
        {translate("sosei.workflow.totals.differs")}
        {report.discrepancies.map((d) => (
          <div key={d.field}>
            {discrepancyText(
              { field: d.field, stated: d.stated.yen, computed: d.computed.yen },
              report.moneyUnit,
              translate,
            )}
          </div>
        ))}
      </Alert>
      <FormControlLabel
        sx={{ mt: 1 }}
        control={
          <Checkbox
            checked={value.checked}
            onChange={(event) => onChange({ ...value, checked: event.target.checked })}
          />
        }
        label={translate("sosei.workflow.totals.acknowledge")}
      />
      <TextField
        {...textArea(2)}
        fullWidth
        label={translate("sosei.workflow.totals.note")}
        value={value.note}
        onChange={(event) => onChange({ ...value, note: event.target.value })}
      />
    </>
  );
}
