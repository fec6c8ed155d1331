import { formatFiscalYear } from "@sosei/server/rules/wareki";
import { useFieldValue, useLocale, type FieldProps } from "react-admin";
import { Typography } from "@mui/material";

/** A fiscal year as people write it: "R2年度 (2020)" in Japanese, "FY2020" in English. */
export function fiscalYearText(year: number, locale: string): string {
  return locale === "ja" ? `${formatFiscalYear(year)} (${year})` : `FY${year}`;
}

export function FiscalYearField(props: FieldProps) {
  const year = useFieldValue(props) as number | null | undefined;
  const locale = useLocale();
  return (
    <Typography component="span" variant="body2">
      {typeof year === "number" ? fiscalYearText(year, locale) : ""}
    </Typography>
  );
}
