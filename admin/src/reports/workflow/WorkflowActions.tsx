import { Button, Stack } from "@mui/material";
import { useState } from "react";
import { useDataProvider, useNotify, useRedirect, useTranslate } from "react-admin";
import { apiErrorBody } from "../../providers/apiError";
import type { SoseiDataProvider } from "../../providers/dataProvider";
import type { WorkflowStep } from "../../providers/reportDocuments";
import type { Report } from "../../types";
import { publicReportUrl } from "../../exports/exportUrls";
import { useMunicipalityCode } from "../../exports/useMunicipalityCode";
import { useReportEditor } from "../editor/ReportEditorContext";
import { ConfirmStep, type ConfirmedStep } from "./ConfirmStep";
import { ReturnDialog } from "./ReturnDialog";
import { TotalsAcknowledgement, type Acknowledgement } from "./TotalsAcknowledgement";

const STEPS: { step: WorkflowStep; color: "primary" | "success" | "warning" | "inherit" }[] = [
  { step: "submit", color: "primary" },
  { step: "approve", color: "success" },
  { step: "publish", color: "success" },
  { step: "return", color: "warning" },
  { step: "revise", color: "inherit" },
];

/**
 * The workflow's steps the signed-in user may take on the report now (its allowedOperations):
 * submit, return with a reason, approve, publish, start a correction. Each asks first.
 */
export function WorkflowActions() {
  const { report, setReport } = useReportEditor();
  const dataProvider = useDataProvider<SoseiDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  const redirect = useRedirect();
  const [returning, setReturning] = useState(false);
  const [confirming, setConfirming] = useState<ConfirmedStep | null>(null);
  const [acknowledgement, setAcknowledgement] = useState<Acknowledgement>({
    checked: false,
    note: "",
  });
  // Submitting with a stated 合計 that differs from the programs needs it acknowledged.
  const differs = confirming === "submit" && report.discrepancies.length > 0;
  const acknowledged = () =>
    acknowledgement.note.trim() || translate("sosei.workflow.totals.acknowledged");
  const [busy, setBusy] = useState(false);
  const publishing = report.allowedOperations.includes("publish");
  const code = useMunicipalityCode(publishing ? report.municipalityId : null);
  const publicUrl =
    code &&
    `${window.location.origin}${publicReportUrl(code, report.fiscalYear, report.projectId)}`;

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
          onClick={() => (step === "return" ? setReturning(true) : setConfirming(step))}
        >
          {translate(`sosei.workflow.${step}`)}
        </Button>
      ))}
      {confirming && (
        <ConfirmStep
          step={confirming}
          publicUrl={confirming === "publish" ? publicUrl || undefined : undefined}
          ready={!differs || acknowledgement.checked}
          onConfirm={() => run(confirming, differs ? acknowledged() : undefined)}
          onClose={() => {
            setConfirming(null);
            setAcknowledgement({ checked: false, note: "" });
          }}
        >
          {differs && (
            <TotalsAcknowledgement
              report={report}
              value={acknowledgement}
              onChange={setAcknowledgement}
            />
          )}
        </ConfirmStep>
      )}
      {returning && (
        <ReturnDialog
          onReturn={(reason) => run("return", reason)}
          onClose={() => setReturning(false)}
        />
      )}
    </Stack>
  );
}
