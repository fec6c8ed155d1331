import { useState } from "react";
import { useNotify, useTranslate } from "react-admin";
import { apiErrorBody } from "../../providers/apiError";
import type { Report } from "../../types";
import { useReportEditor } from "./ReportEditorContext";

/** A save that lost the race: the report as it is now, and the user's edit to apply again. */
export interface Conflict {
  base: Report;
  current: Report;
  /** The report as saved, or null when the save failed again (the user was told). */
  reapply(): Promise<Report | null>;
}

/** The server's field errors of a save, as (argument path, message in the user's language). */
export type FieldErrors = { path: (string | number)[]; message: string }[];

const isReport = (value: unknown): value is Report =>
  typeof value === "object" && value !== null && "version" in value && "programs" in value;

/**
 * Saving one section of the report: from the report as last read or saved; the answer becomes
 * that report. A CONFLICT keeps what the user typed and offers the report as it is now, to
 * reload or to apply the edit again on top of it; never a silent overwrite.
 */
export function useSectionSave() {
  const { report, setReport } = useReportEditor();
  const notify = useNotify();
  const translate = useTranslate();
  const [conflict, setConflict] = useState<Conflict | null>(null);

  async function save(write: (base: Report) => Promise<Report>): Promise<Report | FieldErrors> {
    try {
      const saved = await write(report);
      setReport(saved);
      notify("sosei.editor.saved", { type: "success" });
      return saved;
    } catch (error) {
      const body = apiErrorBody(error);
      if (body?.code === "CONFLICT" && isReport(body.current)) {
        const current = body.current;
        setConflict({
          base: report,
          current,
          reapply: async () => {
            try {
              const saved = await write(current);
              setReport(saved);
              notify("sosei.editor.saved", { type: "success" });
              return saved;
            } catch (again) {
              notify((again as Error).message, { type: "error" });
              return null;
            }
          },
        });
        return [];
      }
      const message = (error as Error).message || translate("errors.INTERNAL_SERVER_ERROR");
      notify(message, { type: "error" });
      return body?.field ? [{ path: body.field, message }] : [];
    }
  }

  return { report, setReport, save, conflict, closeConflict: () => setConflict(null) };
}
