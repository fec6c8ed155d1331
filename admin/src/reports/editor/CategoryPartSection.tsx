import { Typography } from "@mui/material";
import { useCallback } from "react";
import { TextInput, useTranslate } from "react-admin";
import { CategorySelect } from "../../inputs/CategorySelect";
import { textArea } from "../../inputs/textArea";
import type { Category, Report } from "../../types";
import { EditorSection } from "./EditorSection";
import { ReadOnly } from "./ReadOnly";
import { useAllowed, useReportEditor } from "./ReportEditorContext";
import { SectionForm, edited } from "./SectionForm";

type Part = { categoryId: string | null; text: string | null };

export interface CategoryPartProps {
  id: string;
  title: string;
  kind: Category["kind"];
  operation: "editFinance" | "editEvaluation";
  /** Labels (i18n keys) of the category and of the text. */
  labels: { category: string; text: string };
  /** The part as the report states it: the chosen entry, the category as written, the text. */
  read(report: Report): Part & { categoryText: string | null };
  /** Saves what changed; the category's text follows the chosen entry on the server. */
  save(target: Report, changes: Partial<Part>): Promise<Report>;
}

/** An API error on effectCategoryId/categoryId concerns the select; on the text, the text. */
const fieldOf = (path: (string | number)[]) =>
  /categoryId$/i.test(String(path[0])) ? "categoryId" : "text";

/** ⑥ 事業効果, ⑦ 事業の評価 and ⑧ 今後の方針: an entry of a category list and a text. */
export function CategoryPartSection({
  id,
  title,
  kind,
  operation,
  labels,
  read,
  save,
}: CategoryPartProps) {
  const translate = useTranslate();
  const { report } = useReportEditor();
  const part = read(report);
  const values = useCallback(
    (r: Report) => {
      const { categoryId, text } = read(r);
      return { categoryId, text };
    },
    [read],
  );
  const write = useCallback(
    (target: Report, mine: Part, started: Part) => save(target, edited(mine, started)),
    [save],
  );
  // The category as the form wrote it, when it is no entry of the list (kept as written).
  const asWritten = part.categoryText && !part.categoryId ? part.categoryText : null;
  return (
    <EditorSection id={id} title={title}>
      {useAllowed(operation) ? (
        <SectionForm values={values} write={write} fieldOf={fieldOf}>
          <CategorySelect kind={kind} source="categoryId" label={labels.category} />
          {asWritten && (
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {translate("sosei.editor.asWritten", { text: asWritten })}
            </Typography>
          )}
          <TextInput source="text" label={labels.text} {...textArea(3)} fullWidth />
        </SectionForm>
      ) : (
        <>
          <ReadOnly label={labels.category} value={part.categoryText} />
          <ReadOnly label={labels.text} value={part.text} />
        </>
      )}
    </EditorSection>
  );
}
