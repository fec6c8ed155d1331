import { Card, CardContent, Chip, Stack, Typography } from "@mui/material";
import { REPORT_STATUSES } from "@sosei/server/workflow/report-status";
import { Link } from "react-router-dom";
import { useTranslate } from "react-admin";
import { StatusChip } from "../fields/StatusField";
import { STATUS_COUNTS, type StatusCounts as Counts } from "./dashboardData";
import { scopeVariables, useDashboardQuery, type DashboardScope } from "./useDashboardQuery";

/** Reports of the year by status; each count opens the list of those reports. */
export function StatusCounts({ year, municipalityId }: DashboardScope) {
  const translate = useTranslate();
  const variables = scopeVariables({ year, municipalityId });
  const { data } = useDashboardQuery<Counts>("statusCounts", STATUS_COUNTS, variables);
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
                label={data ? data[status].count : "…"}
                aria-label={`${translate(`sosei.statuses.${status}`)}: ${data ? data[status].count : ""}`}
              />
            </Stack>
          ))}
        </Stack>
      </CardContent>
    </Card>
  );
}
