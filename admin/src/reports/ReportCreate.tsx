import {
  AutocompleteInput,
  Create,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  required,
  useLocale,
  useTranslate,
} from "react-admin";
import { fiscalYearText } from "../fields/format";

/** A new yearly report of a project (DRAFT); it starts from the project's latest report. */
export default function ReportCreate() {
  const translate = useTranslate();
  const locale = useLocale();
  const units = ["THOUSAND_YEN", "YEN"].map((id) => ({ id, name: translate(`sosei.units.${id}`) }));
  return (
    <Create
      redirect="edit"
      transform={(data: Record<string, unknown>) => ({
        ...data,
        fiscalYear: Number(data.fiscalYear),
      })}
    >
      <SimpleForm defaultValues={{ moneyUnit: "THOUSAND_YEN" }}>
        <ReferenceInput
          source="projectId"
          reference="projects"
          sort={{ field: "number", order: "ASC" }}
        >
          <AutocompleteInput optionText="name" validate={required()} sx={{ minWidth: 400 }} />
        </ReferenceInput>
        <ReferenceInput
          source="fiscalYear"
          reference="fiscal-years"
          filter={{ isOpen: true }}
          sort={{ field: "year", order: "DESC" }}
        >
          <SelectInput
            optionText={(y: { year: number }) => fiscalYearText(y.year, locale)}
            validate={required()}
          />
        </ReferenceInput>
        <SelectInput source="moneyUnit" choices={units} validate={required()} />
        <TextInput source="department" />
        <TextInput source="contact" />
      </SimpleForm>
    </Create>
  );
}
