import {
  Button,
  Card,
  CardContent,
  Chip,
  List,
  ListItem,
  ListItemText,
  TextField,
  Typography,
} from "@mui/material";
import { useState } from "react";
import { dateTimeText } from "../../fields/format";
import { useDataProvider, useLocale, useNotify, useTranslate } from "react-admin";
import { textArea } from "../../inputs/textArea";
import type { SoseiDataProvider } from "../../providers/dataProvider";
import type { Report } from "../../types";
import { useReportEditor } from "../editor/ReportEditorContext";

/** Review comments and return reasons, oldest first; managers add comments while under review. */
export function CommentsPanel() {
  const { report, setReport } = useReportEditor();
  const dataProvider = useDataProvider<SoseiDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const locale = useLocale();
  const [body, setBody] = useState("");
  const [busy, setBusy] = useState(false);
  const add = async () => {
    setBusy(true);
    try {
      await dataProvider.addReviewComment(report.id, body.trim());
      const { data } = await dataProvider.getOne<Report>("reports", { id: report.id });
      setReport(data);
      setBody("");
    } catch (error) {
      notify((error as Error).message, { type: "error" });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card component="section" aria-labelledby="comments-title" sx={{ mb: 2 }}>
      <CardContent>
        <Typography id="comments-title" component="h2" variant="h6">
          {translate("sosei.comments.title")}
        </Typography>
        {report.comments.length === 0 && (
          <Typography variant="body2" color="text.secondary">
            {translate("sosei.comments.none")}
          </Typography>
        )}
        <List dense>
          {report.comments.map((comment) => (
            <ListItem key={comment.id} divider alignItems="flex-start">
              <ListItemText
                primary={
                  <>
                    {comment.kind !== "COMMENT" && (
                      <Chip
                        size="small"
                        variant="outlined"
                        color={comment.kind === "RETURN_REASON" ? "error" : "warning"}
                        label={translate(`sosei.comments.kinds.${comment.kind}`)}
                        sx={{ mr: 1 }}
                      />
                    )}
                    {`${comment.authorName} · ${dateTimeText(comment.createdAt, locale)}`}
                  </>
                }
                secondary={comment.body}
                slotProps={{ secondary: { sx: { whiteSpace: "pre-wrap" } } }}
              />
            </ListItem>
          ))}
        </List>
        {report.allowedOperations.includes("comment") && (
          <>
            <TextField
              label={translate("sosei.comments.new")}
              value={body}
              onChange={(event) => setBody(event.target.value)}
              {...textArea(2)}
              fullWidth
              sx={{ mt: 1 }}
            />
            <Button
              sx={{ mt: 1 }}
              variant="outlined"
              disabled={!body.trim() || busy}
              onClick={() => void add()}
            >
              {translate("sosei.comments.add")}
            </Button>
          </>
        )}
      </CardContent>
    </Card>
  );
}
