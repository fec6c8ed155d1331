import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
} from "@mui/material";
import { useState } from "react";
import { useTranslate } from "react-admin";
import { textArea } from "../../inputs/textArea";

/** 差戻し: the reason is required and is kept as a comment on the report. */
export function ReturnDialog({
  onReturn,
  onClose,
}: {
  onReturn(reason: string): Promise<boolean>;
  onClose(): void;
}) {
  const translate = useTranslate();
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const send = async () => {
    setBusy(true);
    const done = await onReturn(reason.trim());
    setBusy(false);
    if (done) onClose();
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="return-title">
      <DialogTitle id="return-title">{translate("sosei.workflow.return")}</DialogTitle>
      <DialogContent>
        <TextField
          autoFocus
          required
          {...textArea(3)}
          fullWidth
          label={translate("sosei.workflow.reason")}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          sx={{ mt: 1 }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate("ra.action.cancel")}</Button>
        <Button
          variant="contained"
          color="warning"
          disabled={!reason.trim() || busy}
          onClick={() => void send()}
        >
          {translate("sosei.workflow.return")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
