import { Typography } from "@mui/material";
import { useFieldValue, useLocale, type FieldProps } from "react-admin";
import { fiscalYearText } from "./format";

/** A fiscal year as people write it: "R2年度 (2020)"; in English "FY2020 (R2)". */
export function FiscalYearField(props: FieldProps) {
  const year = Number(useFieldValue(props));
  const locale = useLocale();
  return (
    <Typography component="span" variant="body2">
      {Number.isInteger(year) && year > 0 ? fiscalYearText(year, locale) : ""}
    </Typography>
  );
}
