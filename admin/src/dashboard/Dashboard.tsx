import {
  Box,
  Card,
  CardContent,
  Chip,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from "@mui/material";
import { lazy, Suspense, useState } from "react";
import { Title, useGetIdentity, useGetList, useLocale, useTranslate } from "react-admin";
import { fiscalYearText } from "../fields/format";
import { useCurrentFiscalYear } from "../reports/useCurrentFiscalYear";
import { Inbox } from "./Inbox";
import { NationalShares } from "./NationalShares";
import { StatusCounts } from "./StatusCounts";

// recharts loads with the chart, not with the first page after sign-in.
const BudgetChart = lazy(() => import("./BudgetChart"));

/**
 * The user's inbox (what waits for them now), then per fiscal year: projects by status, the two
 * national shares, budget against actual per project.
 */
export function Dashboard() {
  const translate = useTranslate();
  const locale = useLocale();
  const { identity } = useGetIdentity();
  const current = useCurrentFiscalYear().year;
  const [chosen, setChosen] = useState<number | undefined>();
  const year = chosen ?? current;
  const { data: years = [] } = useGetList("fiscal-years", {
    sort: { field: "year", order: "DESC" },
    pagination: { page: 1, perPage: 100 },
  });
  const roles: string[] = identity?.roles ?? [];
  const municipalityId: string | null = identity?.municipalityId ?? null;
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="sosei.dashboard.title" />
      <Card sx={{ mb: 2 }}>
        <CardContent>
          <Typography component="h1" variant="h5" gutterBottom>
            {translate("sosei.dashboard.welcome", { name: identity?.fullName ?? "" })}
          </Typography>
          <Stack
            direction="row"
            spacing={1}
            useFlexGap
            sx={{ alignItems: "center", flexWrap: "wrap" }}
          >
            <Typography variant="body2">{translate("sosei.dashboard.roles")}</Typography>
            {roles.map((role) => (
              <Chip key={role} size="small" label={translate(`sosei.roles.${role}`)} />
            ))}
            <Box sx={{ flexGrow: 1 }} />
            {year !== undefined && (
              <TextField
                select
                size="small"
                label={translate("resources.reports.fields.fiscalYear")}
                value={year}
                onChange={(event) => setChosen(Number(event.target.value))}
                sx={{ minWidth: 200 }}
              >
                {years.map((y) => (
                  <MenuItem key={y.id} value={y.year}>
                    {fiscalYearText(y.year, locale)}
                  </MenuItem>
                ))}
              </TextField>
            )}
          </Stack>
        </CardContent>
      </Card>
      <Inbox roles={roles} municipalityId={municipalityId} />
      {year !== undefined && (
        <Box
          sx={{
            display: "grid",
            gridTemplateColumns: { md: "1fr 1fr", lg: "1fr 1fr 2fr" },
            gap: 2,
          }}
        >
          <StatusCounts year={year} municipalityId={municipalityId} />
          <NationalShares year={year} municipalityId={municipalityId} />
          <Suspense fallback={null}>
            <BudgetChart year={year} municipalityId={municipalityId} />
          </Suspense>
        </Box>
      )}
    </Box>
  );
}
