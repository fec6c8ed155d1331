import { BooleanInput, Create, NumberInput, SimpleForm, required, useLocale } from "react-admin";
import { useWatch } from "react-hook-form";
import { fiscalYearText } from "../fields/format";

function YearInWareki() {
  const year = Number(useWatch({ name: "year" }));
  const locale = useLocale();
  return (
    <>
      {Number.isInteger(year) && year >= 1868 && year <= 9999 ? fiscalYearText(year, locale) : ""}
    </>
  );
}

export default function FiscalYearCreate() {
  return (
    <Create redirect="list">
      <SimpleForm defaultValues={{ isOpen: true }}>
        <NumberInput source="year" validate={required()} helperText={<YearInWareki />} />
        <BooleanInput source="isOpen" />
      </SimpleForm>
    </Create>
  );
}
