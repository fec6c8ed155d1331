import { TextInput, required } from "react-admin";

/** 全国地方公共団体コード (6 digits, or the printed 5 digits, which get their check digit), name, prefecture. */
export function MunicipalityInputs() {
  return (
    <>
      <TextInput source="code" validate={required()} helperText="sosei.municipalities.codeHelp" />
      <TextInput source="name" validate={required()} />
      <TextInput source="prefecture" validate={required()} />
    </>
  );
}
