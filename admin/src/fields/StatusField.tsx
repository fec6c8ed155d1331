import { Chip, type ChipProps } from "@mui/material";
import type { ReportStatus } from "@sosei/server/workflow/report-status";
import { useFieldValue, useTranslate, type FieldProps } from "react-admin";

const COLORS: Record<ReportStatus, ChipProps["color"]> = {
  DRAFT: "default",
  IN_REVIEW: "warning",
  RETURNED: "error",
  APPROVED: "info",
  PUBLISHED: "success",
  SUPERSEDED: "default",
};

export function StatusChip({ status }: { status: ReportStatus }) {
  const translate = useTranslate();
  // Outlined: filled warning/info chips fall below AA contrast for their text.
  return (
    <Chip
      size="small"
      variant="outlined"
      color={COLORS[status]}
      label={translate(`sosei.statuses.${status}`)}
    />
  );
}

export function StatusField(props: FieldProps) {
  const status = useFieldValue(props) as ReportStatus | undefined;
  return status ? <StatusChip status={status} /> : null;
}
