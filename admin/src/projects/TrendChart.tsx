import { Box, Typography } from "@mui/material";
import { formatAmount } from "@sosei/server/rules/money";
import { formatPercent } from "@sosei/server/rules/totals";
import { useLocale, useTranslate } from "react-admin";
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { fiscalYearText, percentText } from "../fields/format";
import { evenTicks } from "../dashboard/chartTicks";
import { kpiOf, type TrendProject, type TrendYear } from "./trend";

const COLORS = ["#1565c0", "#2e7d32", "#c62828", "#6a1b9a", "#ef6c00", "#00838f"];

/** Budget and actual per fiscal year, and each KPI's progress towards its target (100% = target). */
export function TrendChart({ project, years }: { project: TrendProject; years: TrendYear[] }) {
  const translate = useTranslate();
  const locale = useLocale();
  const unit = years.find((y) => y.report)?.report?.moneyUnit ?? "THOUSAND_YEN";
  const money = years.map(({ year, report }) => ({
    year: fiscalYearText(year, locale),
    budget: report?.totals.budget?.yen ?? null,
    actual: report?.totals.actual?.yen ?? null,
  }));
  const progress = years.map(({ year, report }) => ({
    year: fiscalYearText(year, locale),
    ...Object.fromEntries(
      project.kpis.map((kpi) => [kpi.id, kpiOf(report, kpi)?.progress ?? null]),
    ),
  }));
  // Even steps over every value and the target line (100%).
  const values = progress.flatMap((row) =>
    Object.values(row as Record<string, unknown>).filter((v): v is number => typeof v === "number"),
  );
  const progressTicks = evenTicks(Math.max(1, ...values), 4, Math.min(0, ...values));
  const yen = (value: number) => formatAmount(Math.max(0, Math.round(value)), unit);
  return (
    <Box sx={{ display: "grid", gridTemplateColumns: { md: "1fr 1fr" }, gap: 2 }}>
      <figure style={{ margin: 0 }}>
        <Typography component="figcaption" variant="subtitle2">
          {translate("sosei.trend.moneyChart", { unit: translate(`sosei.units.${unit}`) })}
        </Typography>
        <ResponsiveContainer width="100%" height={260}>
          <ComposedChart data={money} accessibilityLayer>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="year" />
            <YAxis tickFormatter={yen} width={80} />
            <Tooltip formatter={(value) => yen(Number(value))} />
            <Legend />
            <Bar
              dataKey="budget"
              name={translate("sosei.programs.columns.budget")}
              fill={COLORS[0]}
            />
            <Bar
              dataKey="actual"
              name={translate("sosei.programs.columns.actual")}
              fill={COLORS[1]}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </figure>
      <figure style={{ margin: 0 }}>
        <Typography component="figcaption" variant="subtitle2">
          {translate("sosei.trend.kpiChart")}
        </Typography>
        <ResponsiveContainer width="100%" height={260}>
          <LineChart data={progress} accessibilityLayer>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="year" />
            {/* Whole percents, wide enough for "-400%": progress below the baseline is negative. */}
            <YAxis
              ticks={progressTicks}
              domain={[progressTicks[0], progressTicks[progressTicks.length - 1]]}
              interval={0}
              tickFormatter={(v: number) => formatPercent(v, 0)}
              width={64}
            />
            <Tooltip formatter={(value) => percentText(Number(value))} />
            <Legend />
            <ReferenceLine y={1} stroke="#555" strokeDasharray="4 4" />
            {project.kpis.map((kpi, i) => (
              <Line
                key={kpi.id}
                dataKey={kpi.id}
                name={`${kpi.position}. ${kpi.name}`}
                stroke={COLORS[i % COLORS.length]}
                connectNulls
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </figure>
    </Box>
  );
}
