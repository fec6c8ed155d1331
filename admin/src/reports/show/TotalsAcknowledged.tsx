import { Alert } from "@mui/material";
import { useLocale, useTranslate } from "react-admin";
import { dateTimeText } from "../../fields/format";
import type { Report } from "../../types";

/** Beside a 合計 difference: how the submitter acknowledged it (the latest such comment). */
export function TotalsAcknowledged({ report }: { report: Report }) {
  const translate = useTranslate();
  const locale = useLocale();
  const latest = report.comments.filter((c) => c.kind === "TOTALS_DIFFERENCE").at(-1);
  if (!latest) return null;
  return (
    <Alert severity="info" sx={{ mt: 1, whiteSpace: "pre-wrap" }}>
      {translate("sosei.workflow.totals.shown", {
        name: latest.authorName,
        at: dateTimeText(latest.createdAt, locale),
        body: latest.body,
      })}
    </Alert>
  );
}
