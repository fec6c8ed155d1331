import { Alert } from "@mui/material";
import { useTranslate } from "react-admin";
import type { ImportResult } from "./importResult";

/** One line on the outcome: applied or a dry run, what it does, and whether it may be applied. */
export function ImportSummary({ result }: { result: ImportResult }) {
  const translate = useTranslate();
  const counts = translate("sosei.imports.counts", {
    ...result.counts,
    errors: result.errorCount,
    warnings: result.warningCount,
  });
  const [severity, key] = result.applied
    ? (["success", "applied"] as const)
    : result.errorCount > 0
      ? (["error", "blocked"] as const)
      : (["info", "dryRunDone"] as const);
  return (
    <Alert severity={severity} sx={{ my: 2 }}>
      {translate(`sosei.imports.outcome.${key}`)} {counts}
    </Alert>
  );
}
