import { fieldsIn } from "@sosei/server/domain/report/report-field-registry";
import { Stack } from "@mui/material";
import { useCallback } from "react";
import { SelectInput, TextInput, useDataProvider, useLocale, useTranslate } from "react-admin";
import { MonthInput } from "../../inputs/MonthInput";
import type { SoseiDataProvider } from "../../providers/dataProvider";
import type { Report } from "../../types";
import { EditorSection } from "./EditorSection";
import { ReadOnly } from "./ReadOnly";
import { useAllowed, useReportEditor } from "./ReportEditorContext";
import { SectionForm, edited } from "./SectionForm";

/** The field registry's header texts (department, contact, the grant's kind, …). */
const TEXTS = fieldsIn("header").filter((f) => f.kind === "text");
const textOf = (r: Report, key: string) => r[key as keyof Report] as string | null;

const pick = (r: Report) => ({
  ...Object.fromEntries(TEXTS.map((f) => [f.key, textOf(r, f.key)])),
  moneyUnit: r.moneyUnit,
  actualsAsOf: r.actualsAsOf,
});
type Header = ReturnType<typeof pick>;

/** The report's own header: the registry's header texts, the unit its money is written in, 実績額の時点. */
export function HeaderSection() {
  const translate = useTranslate();
  const language = useLocale() === "en" ? "en" : "ja";
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
          {TEXTS.map((f) => (
            <ReadOnly
              key={f.key}
              label={`resources.reports.fields.${f.key}`}
              value={textOf(report, f.key)}
            />
          ))}
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
          {TEXTS.map((f) => (
            <TextInput key={f.key} source={f.key} helperText={f.help?.[language]} />
          ))}
          <SelectInput source="moneyUnit" choices={units} />
          <MonthInput source="actualsAsOf" />
        </Stack>
      </SectionForm>
    </EditorSection>
  );
}
