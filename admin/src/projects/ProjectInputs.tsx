import {
  AutocompleteInput,
  NumberInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  required,
  useGetIdentity,
  useLocale,
} from "react-admin";
import { fiscalYearText } from "../fields/format";
import { textArea } from "../inputs/textArea";

function PlanYearInput({ source }: { source: string }) {
  const locale = useLocale();
  return (
    <ReferenceInput
      source={source}
      reference="fiscal-years"
      sort={{ field: "year", order: "ASC" }}
      perPage={100}
    >
      <SelectInput
        optionText={(y: { year: number }) => fiscalYearText(y.year, locale)}
        parse={(value: string) => (value === "" || value === null ? null : Number(value))}
        format={(value: number | null) =>
          value === null || value === undefined ? "" : String(value)
        }
      />
    </ReferenceInput>
  );
}

/** ① the project's name and number, ② its plan period, ③ overview, and its grant type. */
export function ProjectInputs() {
  const { identity } = useGetIdentity();
  return (
    <>
      {identity?.municipalityId === null && (
        <ReferenceInput source="municipalityId" reference="municipalities">
          <AutocompleteInput optionText="name" validate={required()} />
        </ReferenceInput>
      )}
      <ReferenceInput
        source="grantTypeId"
        reference="grant-types"
        sort={{ field: "position", order: "ASC" }}
      >
        <SelectInput optionText="name" validate={required()} />
      </ReferenceInput>
      <NumberInput source="number" min={1} validate={required()} />
      <TextInput source="name" validate={required()} fullWidth />
      <TextInput source="jointApplicationNote" />
      <PlanYearInput source="planFirstYear" />
      <PlanYearInput source="planLastYear" />
      <TextInput source="overview" {...textArea(3)} fullWidth />
      <TextInput source="kpiNameNote" />
    </>
  );
}
