import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Link,
} from "@mui/material";
import { useState, type ReactNode } from "react";
import { useTranslate } from "react-admin";
import type { WorkflowStep } from "../../providers/reportDocuments";

export type ConfirmedStep = Exclude<WorkflowStep, "return">;

/**
 * Asks before a step that cannot simply be taken back (submit, approve, publish, start a
 * correction), saying what will happen; publishing names the public address it will have.
 */
export function ConfirmStep({
  step,
  publicUrl,
  children,
  ready = true,
  onConfirm,
  onClose,
}: {
  step: ConfirmedStep;
  publicUrl?: string;
  /** More to read or answer before confirming (e.g. the 合計 differences on submitting). */
  children?: ReactNode;
  ready?: boolean;
  onConfirm(): Promise<boolean>;
  onClose(): void;
}) {
  const translate = useTranslate();
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    const done = await onConfirm();
    setBusy(false);
    if (done) onClose();
  };
  const titleId = `confirm-${step}-title`;
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{translate(`sosei.workflow.confirm.${step}.title`)}</DialogTitle>
      <DialogContent>
        <DialogContentText>{translate(`sosei.workflow.confirm.${step}.body`)}</DialogContentText>
        {publicUrl && (
          <DialogContentText sx={{ mt: 1, wordBreak: "break-all" }}>
            <Link href={publicUrl} target="_blank" rel="noopener">
              {publicUrl}
            </Link>
          </DialogContentText>
        )}
        {children}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate("ra.action.cancel")}</Button>
        <Button
          variant="contained"
          color={step === "approve" || step === "publish" ? "success" : "primary"}
          disabled={busy || !ready}
          onClick={() => void confirm()}
          autoFocus
        >
          {translate(`sosei.workflow.${step}`)}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
