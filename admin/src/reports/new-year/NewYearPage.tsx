import {
  Alert,
  Button,
  Card,
  CardContent,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router-dom";
import {
  Title,
  useCanAccess,
  useDataProvider,
  useLocale,
  useNotify,
  useTranslate,
} from "react-admin";
import { fiscalYearText } from "../../fields/format";
import type { SoseiDataProvider } from "../../providers/dataProvider";
import { NEW_YEAR_REPORTS, OPEN_YEARS, type NewYearReports } from "./newYearQueries";

/**
 * 「新年度の報告を作成」: the year's report of every continuing project in one step. The
 * dry run comes first and lists what would be created (and what exists already); the
 * button that writes is offered only with that list on screen.
 */
export default function NewYearPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const locale = useLocale();
  const dataProvider = useDataProvider<SoseiDataProvider>();
  const { canAccess, isPending } = useCanAccess({ action: "create", resource: "reports" });
  const years = useQuery({
    queryKey: ["sosei", "openYears"],
    queryFn: () => dataProvider.query<{ years: { year: number }[] }>(OPEN_YEARS),
  });
  const [year, setYear] = useState<number>();
  const [result, setResult] = useState<NewYearReports>();
  const [busy, setBusy] = useState(false);
  // The newest open year until the user picks another.
  const chosen = year ?? years.data?.years[0]?.year;
  if (isPending) return null;
  if (!canAccess) return <Alert severity="error">{translate("errors.FORBIDDEN")}</Alert>;

  async function run(dryRun: boolean) {
    setBusy(true);
    try {
      const answer = await dataProvider.query<{ startFiscalYearReports: NewYearReports }>(
        NEW_YEAR_REPORTS,
        { fiscalYear: chosen, dryRun },
      );
      setResult(answer.startFiscalYearReports);
      if (!dryRun) {
        notify("sosei.newYear.created", {
          type: "success",
          messageArgs: { count: answer.startFiscalYearReports.toCreate },
        });
      }
    } catch (error) {
      notify((error as Error).message, { type: "error" });
    } finally {
      setBusy(false);
    }
  }

  const created = result && !result.dryRun;
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate("sosei.newYear.title")} />
      <CardContent>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {translate("sosei.newYear.explain")}
        </Typography>
        <Stack direction="row" spacing={2} alignItems="center" sx={{ mb: 2 }}>
          <TextField
            select
            size="small"
            label={translate("sosei.newYear.year")}
            value={chosen ?? ""}
            onChange={(event) => {
              setYear(Number(event.target.value));
              setResult(undefined);
            }}
            sx={{ minWidth: 160 }}
          >
            {(years.data?.years ?? []).map((y) => (
              <MenuItem key={y.year} value={y.year}>
                {fiscalYearText(y.year, locale)}
              </MenuItem>
            ))}
          </TextField>
          <Button variant="outlined" disabled={!chosen || busy} onClick={() => run(true)}>
            {translate("sosei.newYear.check")}
          </Button>
          {result?.dryRun && (
            <Button
              variant="contained"
              disabled={busy || result.toCreate === 0}
              onClick={() => run(false)}
            >
              {translate("sosei.newYear.create", { count: result.toCreate })}
            </Button>
          )}
        </Stack>
        {result && result.items.length === 0 && (
          <Alert severity="info">{translate("sosei.newYear.none")}</Alert>
        )}
        {result && result.items.length > 0 && (
          <Table size="small" aria-label={translate("sosei.newYear.title")}>
            <TableHead>
              <TableRow>
                <TableCell>No</TableCell>
                <TableCell>{translate("sosei.newYear.project")}</TableCell>
                <TableCell>{translate("sosei.newYear.municipality")}</TableCell>
                <TableCell>{translate("sosei.newYear.from")}</TableCell>
                <TableCell>{translate("sosei.newYear.state")}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {result.items.map((item) => {
                const report = item.createdReportId ?? item.existingReportId;
                return (
                  <TableRow key={item.projectId}>
                    <TableCell>{item.number}</TableCell>
                    <TableCell>{item.projectName}</TableCell>
                    <TableCell>{item.municipalityName}</TableCell>
                    <TableCell>
                      {item.fromFiscalYear === null
                        ? translate("sosei.newYear.fromProject")
                        : fiscalYearText(item.fromFiscalYear, locale)}
                    </TableCell>
                    <TableCell>
                      {report ? (
                        <Link to={`/reports/${report}`}>
                          {translate(
                            item.createdReportId ? "sosei.newYear.made" : "sosei.newYear.exists",
                          )}
                        </Link>
                      ) : (
                        translate(created ? "sosei.newYear.exists" : "sosei.newYear.willCreate")
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
