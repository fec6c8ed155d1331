import {
  Card,
  CardContent,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import {
  EditButton,
  Loading,
  Title,
  TopToolbar,
  useDataProvider,
  useLocale,
  useTranslate,
} from "react-admin";
import { Link, useParams } from "react-router-dom";
import { fiscalYearText, percentText, planPeriodText } from "../fields/format";
import { StatusChip } from "../fields/StatusField";
import type { SoseiDataProvider } from "../providers/dataProvider";
import { latestValueText } from "../reports/show/formText";
import { kpiOf, TREND, trendYears, type TrendProject } from "./trend";
import { TrendChart } from "./TrendChart";

/** One project's reports across its plan period side by side: money, each KPI against its target, charts. */
export default function ProjectShow() {
  const { id } = useParams<{ id: string }>();
  const dataProvider = useDataProvider<SoseiDataProvider>();
  const translate = useTranslate();
  const locale = useLocale();
  const { data, isPending } = useQuery({
    queryKey: ["sosei", "trend", id],
    queryFn: () => dataProvider.query<{ Project: TrendProject }>(TREND, { id }),
  });
  if (isPending || !data) return <Loading />;
  const project = data.Project;
  const years = trendYears(project);
  const none = "-";
  return (
    <>
      <Title title={project.name} />
      <TopToolbar>
        <EditButton record={project} resource="projects" />
      </TopToolbar>
      <Card>
        <CardContent>
          <Typography component="h1" variant="h5">
            {project.name}
          </Typography>
          <Typography variant="body2" gutterBottom>
            {translate("sosei.form.planPeriod")}:{" "}
            {planPeriodText(project.planFirstYear, project.planLastYear, locale) ??
              translate("sosei.common.none")}
          </Typography>
          <TrendChart project={project} years={years} />
          <TableContainer sx={{ mt: 2 }}>
            <Table size="small" aria-label={translate("sosei.trend.table")}>
              <TableHead>
                <TableRow>
                  <TableCell />
                  {years.map(({ year, report }) => (
                    <TableCell key={year} align="right">
                      {report ? (
                        <Link to={`/reports/${report.id}/show`}>
                          {fiscalYearText(year, locale)}
                        </Link>
                      ) : (
                        fiscalYearText(year, locale)
                      )}
                    </TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                <TableRow>
                  <TableCell>{translate("resources.reports.fields.status")}</TableCell>
                  {years.map(({ year, report }) => (
                    <TableCell key={year} align="right">
                      {report ? (
                        <StatusChip status={report.status} />
                      ) : (
                        translate("sosei.trend.noReport")
                      )}
                    </TableCell>
                  ))}
                </TableRow>
                {(["budget", "actual"] as const).map((field) => (
                  <TableRow key={field}>
                    <TableCell>{translate(`sosei.programs.columns.${field}`)}</TableCell>
                    {years.map(({ year, report }) => {
                      const amount = report?.totals[field];
                      return (
                        <TableCell key={year} align="right">
                          {amount
                            ? `${amount.display} ${translate(`sosei.units.${report!.moneyUnit}`)}`
                            : none}
                        </TableCell>
                      );
                    })}
                  </TableRow>
                ))}
                <TableRow>
                  <TableCell>{translate("resources.reports.fields.executionRate")}</TableCell>
                  {years.map(({ year, report }) => (
                    <TableCell key={year} align="right">
                      {report ? percentText(report.executionRate) : none}
                    </TableCell>
                  ))}
                </TableRow>
                {project.kpis.map((kpi) => (
                  <TableRow key={kpi.id}>
                    <TableCell>
                      {`${kpi.position}. ${kpi.name}`}
                      <Typography variant="caption" component="div" color="text.secondary">
                        {translate("sosei.trend.target", {
                          target: `${kpi.target} ${kpi.unit}`,
                          month: kpi.targetMonthLabel ?? "-",
                        })}
                      </Typography>
                    </TableCell>
                    {years.map(({ year, report }) => {
                      const value = kpiOf(report, kpi);
                      return (
                        <TableCell key={year} align="right">
                          {value ? latestValueText(value.value, kpi.unit, translate) : none}
                          {value?.progress != null && (
                            <Typography variant="caption" component="div">
                              {percentText(value.progress)}
                            </Typography>
                          )}
                        </TableCell>
                      );
                    })}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        </CardContent>
      </Card>
    </>
  );
}
