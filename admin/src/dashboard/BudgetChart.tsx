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
import { evenTicks } from "./chartTicks";
import { YEAR_REPORTS, type YearReports } from "./dashboardData";
import { useDashboardQuery, useSummary, type DashboardScope } from "./useDashboardQuery";

const NAME_WIDTH = 190;
const NAME_LENGTH = 13;

/** Budget against actual for each project's current report of the year (in 千円 on the axis). */
export default function BudgetChart(scope: DashboardScope) {
  const translate = useTranslate();
  const ids = useSummary(scope)?.reportIds;
  const { data } = useDashboardQuery<YearReports>("yearReports", YEAR_REPORTS, { ids }, !!ids);
  const rows = (data?.allReports ?? []).map((report) => ({
    name: report.projectName,
    budget: report.totals.budget?.yen ?? 0,
    actual: report.totals.actual?.yen ?? 0,
  }));
  const ticks = evenTicks(Math.max(0, ...rows.flatMap((row) => [row.budget, row.actual])));
  const thousand = (value: number) =>
    formatAmount(Math.max(0, Math.round(value / 1000)) * 1000, "THOUSAND_YEN");
  // A long name is shortened on the axis; the tooltip shows it whole.
  const short = (name: string) =>
    name.length > NAME_LENGTH ? `${name.slice(0, NAME_LENGTH - 1)}…` : name;
  return (
    <Card component="section" aria-labelledby="budget-chart">
      <CardContent>
        <Typography id="budget-chart" component="h2" variant="h6" gutterBottom>
          {translate("sosei.dashboard.budgetChart", {
            unit: translate("sosei.units.THOUSAND_YEN"),
          })}
        </Typography>
        {ids && ids.length > rows.length && rows.length > 0 && (
          <Typography variant="caption">
            {translate("sosei.dashboard.firstProjects", { shown: rows.length, total: ids.length })}
          </Typography>
        )}
        <ResponsiveContainer width="100%" height={Math.max(240, rows.length * 36 + 60)}>
          <BarChart
            data={rows}
            layout="vertical"
            margin={{ left: 8, right: 24 }}
            accessibilityLayer
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              type="number"
              ticks={ticks}
              domain={[0, ticks[ticks.length - 1]]}
              interval={0}
              tickFormatter={thousand}
            />
            <YAxis
              type="category"
              dataKey="name"
              width={NAME_WIDTH}
              tickFormatter={short}
              tick={{ fontSize: 12 }}
            />
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
