import { REPORT_STATUSES } from "@sosei/server/workflow/report-status";
import {
  AutocompleteArrayInput,
  ReferenceArrayInput,
  SearchInput,
  SelectArrayInput,
  useLocale,
  useTranslate,
} from "react-admin";
import { fiscalYearText } from "../fields/format";

function StatusFilter(props: { source: string; alwaysOn?: boolean }) {
  const translate = useTranslate();
  const choices = REPORT_STATUSES.map((id) => ({ id, name: translate(`sosei.statuses.${id}`) }));
  return <SelectArrayInput {...props} choices={choices} sx={{ minWidth: 180 }} />;
}

function FiscalYearFilter(props: { source: string; alwaysOn?: boolean }) {
  const locale = useLocale();
  return (
    <ReferenceArrayInput
      {...props}
      reference="fiscal-years"
      sort={{ field: "year", order: "DESC" }}
    >
      {/* Named explicitly: inside a reference input the label would be the bare source. */}
      <SelectArrayInput
        label="resources.reports.fields.fiscalYear"
        optionText={(year: { year: number }) => fiscalYearText(year.year, locale)}
        sx={{ minWidth: 180 }}
      />
    </ReferenceArrayInput>
  );
}

/** The report list's filters; the municipality filter serves users of every municipality. */
export const reportFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <FiscalYearFilter key="fiscalYear" source="fiscalYear" alwaysOn />,
  <StatusFilter key="status" source="status" alwaysOn />,
  <ReferenceArrayInput key="municipalityId" source="municipalityId" reference="municipalities">
    <AutocompleteArrayInput optionText="name" sx={{ minWidth: 220 }} />
  </ReferenceArrayInput>,
];
