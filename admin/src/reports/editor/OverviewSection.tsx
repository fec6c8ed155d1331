import { useCallback } from "react";
import { TextInput, useDataProvider } from "react-admin";
import type { SoseiDataProvider } from "../../providers/dataProvider";
import { textArea } from "../../inputs/textArea";
import type { Report } from "../../types";
import { EditorSection } from "./EditorSection";
import { ReadOnly } from "./ReadOnly";
import { useAllowed, useReportEditor } from "./ReportEditorContext";
import { SectionForm, edited } from "./SectionForm";

const pick = (r: Report) => ({ overview: r.overview });

/** ③ 全体概要, as this report states it. */
export function OverviewSection() {
  const dataProvider = useDataProvider<SoseiDataProvider>();
  const { report } = useReportEditor();
  const write = useCallback(
    (target: Report, mine: ReturnType<typeof pick>, started: ReturnType<typeof pick>) =>
      dataProvider.updateReport(target.id, target.version, edited(mine, started)),
    [dataProvider],
  );
  return (
    <EditorSection id="overview" title="sosei.editor.sections.overview">
      {useAllowed("editFinance") ? (
        <SectionForm values={pick} write={write}>
          <TextInput source="overview" {...textArea(3)} fullWidth />
        </SectionForm>
      ) : (
        <ReadOnly label="resources.reports.fields.overview" value={report.overview} />
      )}
    </EditorSection>
  );
}
