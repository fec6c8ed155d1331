import DeleteIcon from "@mui/icons-material/Delete";
import { Alert, Checkbox, FormControlLabel, IconButton, Stack, TextField } from "@mui/material";
import { ROLES, type Role } from "@sosei/server/auth/roles";
import { useTranslate } from "react-admin";
import type { NewUser, PlanErrors } from "./onboardingPlan";

/** One of the municipality's first users: login id, name, e-mail, roles and first password. */
export function UserRowInputs({
  user,
  index,
  errors,
  onChange,
  onRemove,
}: {
  user: NewUser;
  index: number;
  errors: PlanErrors;
  onChange(user: NewUser): void;
  onRemove(): void;
}) {
  const translate = useTranslate();
  const done = Boolean(user.createdId);
  const field = (name: "loginId" | "name" | "email" | "password") => (
    <TextField
      size="small"
      label={`${index + 1}: ${translate(`resources.users.fields.${name}`)}`}
      value={user[name]}
      disabled={done}
      required
      error={Boolean(errors[`users.${user.key}.${name}`])}
      helperText={errors[`users.${user.key}.${name}`]}
      onChange={(event) => onChange({ ...user, [name]: event.target.value })}
    />
  );
  const toggle = (role: Role, on: boolean) =>
    onChange({ ...user, roles: on ? [...user.roles, role] : user.roles.filter((r) => r !== role) });
  return (
    <Stack
      direction="row"
      spacing={1}
      useFlexGap
      sx={{ flexWrap: "wrap", alignItems: "flex-start", mb: 2 }}
    >
      {field("loginId")}
      {field("name")}
      {field("email")}
      {field("password")}
      <Stack direction="row">
        {ROLES.map((role) => (
          <FormControlLabel
            key={role}
            disabled={done}
            control={
              <Checkbox
                size="small"
                checked={user.roles.includes(role)}
                onChange={(e) => toggle(role, e.target.checked)}
              />
            }
            label={translate(`sosei.roles.${role}`)}
          />
        ))}
      </Stack>
      {(errors[`users.${user.key}._`] ?? errors[`users.${user.key}.roles`]) && (
        <Alert severity="error" sx={{ width: "100%" }}>
          {errors[`users.${user.key}._`] ?? errors[`users.${user.key}.roles`]}
        </Alert>
      )}
      {!done && (
        <IconButton
          aria-label={translate("sosei.onboarding.removeUser", { row: index + 1 })}
          onClick={onRemove}
        >
          <DeleteIcon />
        </IconButton>
      )}
    </Stack>
  );
}
