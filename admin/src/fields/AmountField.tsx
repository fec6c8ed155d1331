import { Typography } from "@mui/material";
import { useFieldValue, useRecordContext, useTranslate, type FieldProps } from "react-admin";
import type { Amount } from "../types";

/** An amount in the report's own unit with separators ("43,995 千円"); "-" when there is none. */
export function AmountField(props: FieldProps) {
  const amount = useFieldValue(props) as Amount | null | undefined;
  const record = useRecordContext();
  const translate = useTranslate();
  const unit = record?.moneyUnit as string | undefined;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: "nowrap" }}>
      {amount ? `${amount.display} ${unit ? translate(`sosei.units.${unit}`) : ""}` : "-"}
    </Typography>
  );
}
