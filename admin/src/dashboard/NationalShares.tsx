import { Card, CardContent, Typography } from "@mui/material";
import { useTranslate } from "react-admin";
import { percentText } from "../fields/format";
import { useSummary, type DashboardScope } from "./useDashboardQuery";

/** The share of projects with at least one KPI achieved, and the share of KPIs achieved. */
export function NationalShares(scope: DashboardScope) {
  const translate = useTranslate();
  const s = useSummary(scope);
  return (
    <Card component="section" aria-labelledby="national-shares">
      <CardContent>
        <Typography id="national-shares" component="h2" variant="h6" gutterBottom>
          {translate("sosei.dashboard.shares")}
        </Typography>
        {s && (
          <>
            <Typography variant="body2">
              {translate("sosei.dashboard.reportsWithAchievedKpi")}
            </Typography>
            <Typography variant="h4" component="p" data-share="reports">
              {percentText(s.reportsWithAchievedKpiShare)}
            </Typography>
            <Typography variant="caption" component="p" gutterBottom>
              {translate("sosei.dashboard.ofReports", {
                count: s.reportsWithAchievedKpi,
                total: s.reportCount,
              })}
            </Typography>
            <Typography variant="body2">{translate("sosei.dashboard.achievedKpis")}</Typography>
            <Typography variant="h4" component="p" data-share="kpis">
              {percentText(s.achievedKpiShare)}
            </Typography>
            <Typography variant="caption" component="p">
              {translate("sosei.dashboard.ofKpis", {
                count: s.achievedKpiCount,
                total: s.kpiCount,
              })}
            </Typography>
          </>
        )}
      </CardContent>
    </Card>
  );
}
