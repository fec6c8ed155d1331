import { Alert, Box, Button, Card, CardContent, Stack, Typography } from "@mui/material";
import { Link } from "react-router-dom";
import { Title, useCreatePath, useLocale, useTranslate } from "react-admin";
import { fiscalYearText, planPeriodText } from "../fields/format";
import { PublicationLinks } from "../exports/PublicationLinks";
import { StatusChip } from "../fields/StatusField";
import { useReportEditor } from "./editor/ReportEditorContext";
import { WorkflowActions } from "./workflow/WorkflowActions";

/** ① and ② of the report with its status, the way to the other view, and the workflow's steps. */
export function ReportHeader({ view }: { view: "edit" | "show" }) {
  const { report } = useReportEditor();
  const translate = useTranslate();
  const locale = useLocale();
  const createPath = useCreatePath();
  const other = view === "edit" ? "show" : "edit";
  // Why a returned report came back: the manager's latest reason.
  const returned =
    report.status === "RETURNED"
      ? report.comments.filter((c) => c.kind === "RETURN_REASON").at(-1)
      : undefined;
  const canEdit = report.allowedOperations.some(
    (op) => op === "editFinance" || op === "editEvaluation",
  );
  const plan =
    planPeriodText(report.planFirstYear, report.planLastYear, locale, report.fiscalYear) ??
    translate("sosei.common.none");
  return (
    <Card sx={{ mt: 2, mb: 2 }}>
      <Title title={`${report.projectName} ${fiscalYearText(report.fiscalYear, locale)}`} />
      <CardContent>
        <Typography component="h1" variant="h5">
          {report.projectName}
          {report.jointApplicationNote ? `【${report.jointApplicationNote}】` : ""}
        </Typography>
        <Stack
          direction="row"
          spacing={2}
          useFlexGap
          sx={{ alignItems: "center", flexWrap: "wrap", my: 1 }}
        >
          <StatusChip status={report.status} />
          <Typography variant="body2">{fiscalYearText(report.fiscalYear, locale)}</Typography>
          <Typography variant="body2">
            {translate("sosei.form.planPeriod")}: {plan}
          </Typography>
          {report.municipality && (
            <Typography variant="body2">{report.municipality.name}</Typography>
          )}
          <Typography variant="body2" color="text.secondary">
            {translate("sosei.editor.revision", {
              revision: report.revision,
              version: report.version,
            })}
          </Typography>
        </Stack>
        {returned && (
          <Alert severity="warning" sx={{ mb: 1, whiteSpace: "pre-wrap" }}>
            {translate("sosei.editor.returnedBecause", {
              name: returned.authorName,
              reason: returned.body,
            })}
          </Alert>
        )}
        <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap", justifyContent: "space-between" }}>
          <WorkflowActions />
          <Stack direction="row" spacing={1}>
            {(other === "show" || canEdit) && (
              <Button
                component={Link}
                to={createPath({ resource: "reports", id: report.id, type: other })}
              >
                {translate(`sosei.editor.open.${other}`)}
              </Button>
            )}
            <Button
              component={Link}
              to={createPath({ resource: "projects", id: report.projectId, type: "show" })}
            >
              {translate("sosei.editor.open.trend")}
            </Button>
            <PublicationLinks report={report} />
          </Stack>
        </Box>
      </CardContent>
    </Card>
  );
}
