import { Button, Stack } from "@mui/material";
import { useState } from "react";
import { useDataProvider, useNotify, useRedirect, useTranslate } from "react-admin";
import { apiErrorBody } from "../../providers/apiError";
import type { SoseiDataProvider } from "../../providers/dataProvider";
import type { WorkflowStep } from "../../providers/reportDocuments";
import type { Report } from "../../types";
import { useReportEditor } from "../editor/ReportEditorContext";
import { ReturnDialog } from "./ReturnDialog";

const STEPS: { step: WorkflowStep; color: "primary" | "success" | "warning" | "inherit" }[] = [
  { step: "submit", color: "primary" },
  { step: "approve", color: "success" },
  { step: "publish", color: "success" },
  { step: "return", color: "warning" },
  { step: "revise", color: "inherit" },
];

/**
 * The workflow's steps the signed-in user may take on the report now (its allowedOperations):
 * submit, return with a reason, approve, publish, start a correction.
 */
export function WorkflowActions() {
  const { report, setReport } = useReportEditor();
  const dataProvider = useDataProvider<SoseiDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  const redirect = useRedirect();
  const [returning, setReturning] = useState(false);
  const [busy, setBusy] = useState(false);

  const run = async (step: WorkflowStep, reason?: string): Promise<boolean> => {
    setBusy(true);
    try {
      const result = await dataProvider.workflow(step, report.id, report.version, reason);
      notify(`sosei.workflow.done.${step}`, { type: "success" });
      if (step === "revise") {
        // The correction is a new report (a new revision) of the same project and year.
        redirect(
          result.allowedOperations.includes("editFinance") ? "edit" : "show",
          "reports",
          result.id,
        );
      } else setReport(result);
      return true;
    } catch (error) {
      const body = apiErrorBody(error);
      // Someone acted first: show the report as it is now; nothing the user typed is lost.
      if (body?.code === "CONFLICT" && body.current) setReport(body.current as Report);
      notify((error as Error).message, { type: "error" });
      return false;
    } finally {
      setBusy(false);
    }
  };

  const offered = STEPS.filter(({ step }) => report.allowedOperations.includes(step));
  if (offered.length === 0) return null;
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: "wrap" }}>
      {offered.map(({ step, color }) => (
        <Button
          key={step}
          variant={step === "revise" ? "outlined" : "contained"}
          color={color}
          disabled={busy}
          onClick={() => (step === "return" ? setReturning(true) : void run(step))}
        >
          {translate(`sosei.workflow.${step}`)}
        </Button>
      ))}
      {returning && (
        <ReturnDialog
          onReturn={(reason) => run("return", reason)}
          onClose={() => setReturning(false)}
        />
      )}
    </Stack>
  );
}
