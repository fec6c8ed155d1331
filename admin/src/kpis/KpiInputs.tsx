import {
  AutocompleteInput,
  NumberInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  required,
  useTranslate,
} from "react-admin";
import { MonthInput } from "../inputs/MonthInput";

/** A KPI of a project (⑤): baseline, target, unit, target month, and whether it should go up or down. */
export function KpiInputs() {
  const translate = useTranslate();
  const directions = ["INCREASE", "DECREASE"].map((id) => ({
    id,
    name: translate(`sosei.kpis.directions.${id}`),
  }));
  return (
    <>
      <ReferenceInput
        source="projectId"
        reference="projects"
        sort={{ field: "number", order: "ASC" }}
      >
        <AutocompleteInput optionText="name" validate={required()} sx={{ minWidth: 400 }} />
      </ReferenceInput>
      <NumberInput source="position" min={1} />
      <TextInput source="name" validate={required()} fullWidth />
      <TextInput source="baseline" />
      <TextInput source="target" validate={required()} />
      <TextInput source="unit" validate={required()} />
      <SelectInput source="direction" choices={directions} />
      <MonthInput source="targetMonth" />
    </>
  );
}
