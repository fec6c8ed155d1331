import { Card, CardContent, Chip, Stack, Typography } from "@mui/material";
import { Title, useGetIdentity, useTranslate } from "react-admin";

/** Placeholder until the per-fiscal-year figures come (issue 10, phase 2). */
export function Dashboard() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const roles: string[] = identity?.roles ?? [];
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="sosei.dashboard.title" />
      <CardContent>
        <Typography component="h1" variant="h5" gutterBottom>
          {translate("sosei.dashboard.welcome", { name: identity?.fullName ?? "" })}
        </Typography>
        <Stack direction="row" spacing={1} sx={{ alignItems: "center", mb: 2 }}>
          <Typography variant="body2">{translate("sosei.dashboard.roles")}</Typography>
          {roles.map((role) => (
            <Chip key={role} size="small" label={translate(`sosei.roles.${role}`)} />
          ))}
        </Stack>
        <Typography variant="body2" color="text.secondary">
          {translate("sosei.dashboard.comingSoon")}
        </Typography>
      </CardContent>
    </Card>
  );
}
