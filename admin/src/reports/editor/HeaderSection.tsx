import { Stack } from "@mui/material";
import { useCallback } from "react";
import { SelectInput, TextInput, useDataProvider, useTranslate } from "react-admin";
import { MonthInput } from "../../inputs/MonthInput";
import type { SoseiDataProvider } from "../../providers/dataProvider";
import type { Report } from "../../types";
import { EditorSection } from "./EditorSection";
import { ReadOnly } from "./ReadOnly";
import { useAllowed, useReportEditor } from "./ReportEditorContext";
import { SectionForm, edited } from "./SectionForm";

const pick = (r: Report) => ({
  department: r.department,
  contact: r.contact,
  grantKind: r.grantKind,
  moneyUnit: r.moneyUnit,
  actualsAsOf: r.actualsAsOf,
});
type Header = ReturnType<typeof pick>;

/** The report's own header: department, contact, the grant's kind (older forms), the unit its money is written in, 実績額の時点. */
export function HeaderSection() {
  const translate = useTranslate();
  const dataProvider = useDataProvider<SoseiDataProvider>();
  const { report } = useReportEditor();
  const write = useCallback(
    (target: Report, mine: Header, started: Header) =>
      dataProvider.updateReport(target.id, target.version, edited(mine, started)),
    [dataProvider],
  );
  const units = ["THOUSAND_YEN", "YEN"].map((id) => ({ id, name: translate(`sosei.units.${id}`) }));
  if (!useAllowed("editFinance")) {
    return (
      <EditorSection id="header" title="sosei.editor.sections.header">
        <Stack direction={{ xs: "column", md: "row" }} spacing={4}>
          <ReadOnly label="resources.reports.fields.department" value={report.department} />
          <ReadOnly label="resources.reports.fields.contact" value={report.contact} />
          <ReadOnly label="resources.reports.fields.grantKind" value={report.grantKind} />
          <ReadOnly
            label="resources.reports.fields.moneyUnit"
            value={translate(`sosei.units.${report.moneyUnit}`)}
          />
          <ReadOnly label="resources.reports.fields.actualsAsOf" value={report.actualsAsOfLabel} />
        </Stack>
      </EditorSection>
    );
  }
  return (
    <EditorSection id="header" title="sosei.editor.sections.header">
      <SectionForm values={pick} write={write}>
        <Stack direction={{ xs: "column", md: "row" }} spacing={2} sx={{ width: "100%" }}>
          <TextInput source="department" />
          <TextInput source="contact" />
          <TextInput source="grantKind" helperText="sosei.editor.grantKindHelp" />
          <SelectInput source="moneyUnit" choices={units} />
          <MonthInput source="actualsAsOf" />
        </Stack>
      </SectionForm>
    </EditorSection>
  );
}
