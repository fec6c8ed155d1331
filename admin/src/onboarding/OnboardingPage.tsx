import AddIcon from "@mui/icons-material/Add";
import { Alert, Button, Card, CardContent, Stack, TextField, Typography } from "@mui/material";
import { useState } from "react";
import { Title, useCanAccess, useDataProvider, useNotify, useTranslate } from "react-admin";
import { Link } from "react-router-dom";
import {
  randomPassword,
  runOnboarding,
  type NewMunicipality,
  type NewUser,
  type PlanErrors,
  type Progress,
} from "./onboardingPlan";
import { UserRowInputs } from "./UserRowInputs";

let next = 0;
const newUser = (roles: NewUser["roles"]): NewUser => ({
  key: `user-${++next}`,
  loginId: "",
  name: "",
  email: "",
  roles,
  password: randomPassword(),
});

/**
 * A new municipality with its first users, entirely from the UI (system administrator only):
 * the municipality, then each user; what was created is kept when a later step fails.
 */
export default function OnboardingPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider();
  const { canAccess, isPending } = useCanAccess({ action: "create", resource: "onboarding" });
  const [municipality, setMunicipality] = useState<NewMunicipality>({
    code: "",
    name: "",
    prefecture: "",
  });
  const [progress, setProgress] = useState<Progress>({
    users: [newUser(["ADMIN"]), newUser(["FINANCE"])],
  });
  const [errors, setErrors] = useState<PlanErrors>({});
  const [busy, setBusy] = useState(false);
  if (isPending) return null;
  if (!canAccess) return <Alert severity="error">{translate("errors.FORBIDDEN")}</Alert>;
  const done = Boolean(progress.municipalityId) && progress.users.every((u) => u.createdId);

  const run = async () => {
    setBusy(true);
    const result = await runOnboarding(
      {
        createMunicipality: async (data) =>
          (await dataProvider.create("municipalities", { data })).data,
        createUser: async (data) =>
          (await dataProvider.create("users", { data: { ...data, isActive: true } })).data,
      },
      municipality,
      progress,
    );
    setProgress(result.progress);
    setErrors(result.errors);
    setBusy(false);
    if (Object.keys(result.errors).length === 0)
      notify("sosei.onboarding.done", { type: "success" });
  };
  const field = (name: keyof NewMunicipality) => (
    <TextField
      label={translate(`resources.municipalities.fields.${name}`)}
      value={municipality[name]}
      required
      disabled={Boolean(progress.municipalityId)}
      error={Boolean(errors[`municipality.${name}`])}
      helperText={
        errors[`municipality.${name}`] ??
        (name === "code" ? translate("sosei.municipalities.codeHelp") : " ")
      }
      onChange={(event) => setMunicipality({ ...municipality, [name]: event.target.value })}
    />
  );
  const setUsers = (users: NewUser[]) => setProgress({ ...progress, users });
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="sosei.onboarding.title" />
      <CardContent>
        <Typography component="h1" variant="h5" gutterBottom>
          {translate("sosei.onboarding.title")}
        </Typography>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {translate("sosei.onboarding.intro")}
        </Typography>
        <Typography component="h2" variant="h6">
          {translate("sosei.onboarding.municipality")}
        </Typography>
        <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: "wrap", my: 1 }}>
          {field("code")}
          {field("name")}
          {field("prefecture")}
        </Stack>
        {errors["municipality._"] && <Alert severity="error">{errors["municipality._"]}</Alert>}
        <Typography component="h2" variant="h6" sx={{ mt: 2 }}>
          {translate("sosei.onboarding.users")}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate("sosei.onboarding.passwords")}
        </Typography>
        {progress.users.map((user, index) => (
          <UserRowInputs
            key={user.key}
            user={user}
            index={index}
            errors={errors}
            onChange={(changed) =>
              setUsers(progress.users.map((u) => (u.key === user.key ? changed : u)))
            }
            onRemove={() => setUsers(progress.users.filter((u) => u.key !== user.key))}
          />
        ))}
        <Button
          startIcon={<AddIcon />}
          onClick={() => setUsers([...progress.users, newUser([])])}
          disabled={done}
        >
          {translate("sosei.onboarding.addUser")}
        </Button>
        <Stack direction="row" spacing={2} sx={{ mt: 3, alignItems: "center" }}>
          <Button
            variant="contained"
            onClick={() => void run()}
            disabled={busy || done || progress.users.length === 0}
          >
            {translate("sosei.onboarding.create")}
          </Button>
          {done && (
            <>
              <Alert severity="success">{translate("sosei.onboarding.done")}</Alert>
              <Button component={Link} to="/users">
                {translate("resources.users.name", { smart_count: 2 })}
              </Button>
            </>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}
