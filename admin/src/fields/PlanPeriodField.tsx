import { Typography } from "@mui/material";
import { useLocale, useRecordContext, type FieldProps } from "react-admin";
import { planPeriodText } from "./format";

/** ② a project's plan period, from its first and last fiscal year. */
export function PlanPeriodField(_props: FieldProps) {
  const record = useRecordContext<{ planFirstYear: number | null; planLastYear: number | null }>();
  const locale = useLocale();
  return (
    <Typography component="span" variant="body2">
      {record ? planPeriodText(record.planFirstYear, record.planLastYear, locale) : ""}
    </Typography>
  );
}
