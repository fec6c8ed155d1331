import { NumberInput, TextInput, required } from "react-admin";

/** A grant type and how many KPIs a project of it may have (the form has 4 slots today). */
export function GrantTypeInputs() {
  return (
    <>
      <TextInput source="code" validate={required()} />
      <TextInput source="name" validate={required()} fullWidth />
      <NumberInput source="kpiLimit" min={1} max={20} />
      <NumberInput source="position" min={1} />
    </>
  );
}
