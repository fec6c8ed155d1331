import { Card, CardContent, Chip, Stack, Typography } from "@mui/material";
import { REPORT_STATUSES } from "@sosei/server/workflow/report-status";
import { Link } from "react-router-dom";
import { useTranslate } from "react-admin";
import { StatusChip } from "../fields/StatusField";
import { useSummary, type DashboardScope } from "./useDashboardQuery";

/** Projects of the year by the status of their current report; each count opens those reports. */
export function StatusCounts({ year, municipalityId }: DashboardScope) {
  const translate = useTranslate();
  const summary = useSummary({ year, municipalityId });
  const count = (status: string) =>
    summary?.statusCounts.find((c) => c.status === status)?.count ?? 0;
  const filter = (status: string) =>
    `/reports?filter=${encodeURIComponent(JSON.stringify({ fiscalYear: [String(year)], status: [status], ...(municipalityId ? { municipalityId: [municipalityId] } : {}) }))}`;
  return (
    <Card component="section" aria-labelledby="status-counts">
      <CardContent>
        <Typography id="status-counts" component="h2" variant="h6" gutterBottom>
          {translate("sosei.dashboard.byStatus")}
        </Typography>
        <Stack spacing={1}>
          {REPORT_STATUSES.map((status) => (
            <Stack
              key={status}
              direction="row"
              sx={{ justifyContent: "space-between", alignItems: "center" }}
            >
              <StatusChip status={status} />
              <Chip
                component={Link}
                to={filter(status)}
                clickable
                label={summary ? count(status) : "…"}
                aria-label={`${translate(`sosei.statuses.${status}`)}: ${summary ? count(status) : ""}`}
              />
            </Stack>
          ))}
        </Stack>
      </CardContent>
    </Card>
  );
}
