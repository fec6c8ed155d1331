import { ROLES } from "@sosei/server/auth/roles";
import {
  AutocompleteInput,
  BooleanInput,
  CheckboxGroupInput,
  PasswordInput,
  ReferenceInput,
  TextInput,
  email,
  minLength,
  required,
  useGetIdentity,
  useTranslate,
} from "react-admin";

export const MIN_PASSWORD = 12;

/** A user's name, e-mail, roles and municipality; a system administrator sets the municipality. */
export function UserInputs({ creating }: { creating: boolean }) {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const roles = ROLES.map((id) => ({ id, name: translate(`sosei.roles.${id}`) }));
  const password = creating ? [required(), minLength(MIN_PASSWORD)] : [minLength(MIN_PASSWORD)];
  return (
    <>
      <TextInput source="loginId" validate={required()} readOnly={!creating} />
      <TextInput source="name" validate={required()} />
      <TextInput source="email" validate={[required(), email()]} />
      <CheckboxGroupInput source="roles" choices={roles} validate={required()} />
      {identity?.municipalityId === null && (
        <ReferenceInput source="municipalityId" reference="municipalities">
          <AutocompleteInput optionText="name" helperText="sosei.users.municipalityHelp" />
        </ReferenceInput>
      )}
      <PasswordInput
        source="password"
        validate={password}
        helperText={creating ? "sosei.users.passwordHelp" : "sosei.users.passwordResetHelp"}
        autoComplete="new-password"
      />
      <BooleanInput source="isActive" />
    </>
  );
}
