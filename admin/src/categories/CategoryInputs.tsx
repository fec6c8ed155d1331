import {
  BooleanInput,
  NumberInput,
  SelectInput,
  TextInput,
  required,
  useTranslate,
} from "react-admin";

export const CATEGORY_KINDS = ["EFFECT", "EVALUATION", "POLICY"] as const;

/** An entry of a category list: its label, the explanation in parentheses, its rank on the scale. */
export function CategoryInputs() {
  const translate = useTranslate();
  const kinds = CATEGORY_KINDS.map((id) => ({ id, name: translate(`sosei.categoryKinds.${id}`) }));
  return (
    <>
      <SelectInput source="kind" choices={kinds} validate={required()} />
      <TextInput source="label" validate={required()} fullWidth />
      <TextInput source="explanation" fullWidth />
      <NumberInput source="rank" min={1} validate={required()} />
      <BooleanInput source="isActive" />
    </>
  );
}
