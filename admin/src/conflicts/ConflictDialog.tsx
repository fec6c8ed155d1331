import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
} from "@mui/material";
import { useState } from "react";
import { useTranslate } from "react-admin";
import type { ChangeLine } from "./describeReportChange";

export interface ConflictDialogProps {
  /** What someone else changed since the user started, in words. */
  lines: ChangeLine[];
  /** The version the item has now. */
  version: number;
  /** Take the report as it is now; what the user typed in this section is discarded. */
  onReload(): void;
  /** Save the user's edit again on top of the report as it is now. */
  onReapply(): Promise<boolean>;
  /** Keep editing: nothing is saved, nothing typed is lost. */
  onClose(): void;
}

/** Someone else saved first: what they changed, and the user's choice. */
export function ConflictDialog({
  lines,
  version,
  onReload,
  onReapply,
  onClose,
}: ConflictDialogProps) {
  const translate = useTranslate();
  const [busy, setBusy] = useState(false);
  const reapply = async () => {
    setBusy(true);
    const done = await onReapply();
    setBusy(false);
    if (done) onClose();
  };
  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="conflict-title">
      <DialogTitle id="conflict-title">{translate("sosei.conflict.title")}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate("sosei.conflict.explanation", { version })}
        </Alert>
        {lines.length > 0 ? (
          <Table size="small" aria-label={translate("sosei.conflict.changes")}>
            <TableHead>
              <TableRow>
                <TableCell>{translate("sosei.conflict.field")}</TableCell>
                <TableCell>{translate("sosei.conflict.before")}</TableCell>
                <TableCell>{translate("sosei.conflict.after")}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {lines.map((line, i) => (
                <TableRow key={i}>
                  <TableCell>{line.label}</TableCell>
                  <TableCell>{line.before}</TableCell>
                  <TableCell>{line.after}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : (
          translate("sosei.conflict.noVisibleChange")
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate("sosei.conflict.keepEditing")}</Button>
        <Button
          onClick={() => {
            onReload();
            onClose();
          }}
        >
          {translate("sosei.conflict.reload")}
        </Button>
        <Button variant="contained" onClick={() => void reapply()} disabled={busy}>
          {translate("sosei.conflict.reapply")}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
