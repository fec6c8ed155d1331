import { Card, CardContent, Typography } from "@mui/material";
import { formatAmount } from "@sosei/server/rules/money";
import { useTranslate } from "react-admin";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { YEAR_REPORTS, type YearReports } from "./dashboardData";
import { scopeVariables, useDashboardQuery, type DashboardScope } from "./useDashboardQuery";

/** Budget against actual for each project of the year (in 千円 on the axis). */
export default function BudgetChart({ year, municipalityId }: DashboardScope) {
  const translate = useTranslate();
  const variables = scopeVariables({ year, municipalityId });
  const { data } = useDashboardQuery<YearReports>("yearReports", YEAR_REPORTS, variables);
  const rows = (data?.allReports ?? []).map((report) => ({
    name:
      report.projectName.length > 14 ? `${report.projectName.slice(0, 14)}…` : report.projectName,
    budget: report.totals.budget?.yen ?? 0,
    actual: report.totals.actual?.yen ?? 0,
  }));
  const thousand = (value: number) =>
    formatAmount(Math.max(0, Math.round(value / 1000)) * 1000, "THOUSAND_YEN");
  return (
    <Card component="section" aria-labelledby="budget-chart">
      <CardContent>
        <Typography id="budget-chart" component="h2" variant="h6" gutterBottom>
          {translate("sosei.dashboard.budgetChart", {
            unit: translate("sosei.units.THOUSAND_YEN"),
          })}
        </Typography>
        {data && data._allReportsMeta.count > rows.length && (
          <Typography variant="caption">
            {translate("sosei.dashboard.firstProjects", {
              shown: rows.length,
              total: data._allReportsMeta.count,
            })}
          </Typography>
        )}
        <ResponsiveContainer width="100%" height={Math.max(240, rows.length * 36)}>
          <BarChart data={rows} layout="vertical" margin={{ left: 24 }} accessibilityLayer>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" tickFormatter={thousand} />
            <YAxis type="category" dataKey="name" width={180} />
            <Tooltip formatter={(value) => thousand(Number(value))} />
            <Legend />
            <Bar
              dataKey="budget"
              name={translate("sosei.programs.columns.budget")}
              fill="#1565c0"
            />
            <Bar
              dataKey="actual"
              name={translate("sosei.programs.columns.actual")}
              fill="#2e7d32"
            />
          </BarChart>
        </ResponsiveContainer>
      </CardContent>
    </Card>
  );
}
