import {
  Card,
  CardContent,
  List,
  ListItem,
  ListItemButton,
  ListItemText,
  Stack,
  Typography,
} from "@mui/material";
import { Link } from "react-router-dom";
import { useLocale, useTranslate } from "react-admin";
import { dateTimeText, fiscalYearText } from "../fields/format";
import { StatusChip } from "../fields/StatusField";
import {
  INBOX,
  inboxStatuses,
  placeOf,
  returnReason,
  taskOf,
  type InboxReport,
} from "./inboxTasks";
import { useDashboardQuery } from "./useDashboardQuery";

const SHOWN = 10;

/**
 * The user's inbox: the reports that wait for them now (to enter, to submit, returned with the
 * reason, to evaluate, to review, to publish), newest change first, each one click from the
 * place where the work is done.
 */
export function Inbox({
  roles,
  municipalityId,
}: {
  roles: string[];
  municipalityId: string | null;
}) {
  const translate = useTranslate();
  const locale = useLocale();
  const status = inboxStatuses(roles);
  const variables = { status, municipalityId: municipalityId ? [municipalityId] : null };
  const { data } = useDashboardQuery<{ allReports: InboxReport[] }>(
    "inbox",
    INBOX,
    variables,
    status.length > 0,
  );
  if (status.length === 0) return null;
  const tasks = (data?.allReports ?? []).flatMap((report) => {
    const task = taskOf(report, roles);
    return task ? [{ report, task }] : [];
  });
  return (
    <Card component="section" aria-labelledby="inbox" sx={{ mb: 2 }}>
      <CardContent>
        <Typography id="inbox" component="h2" variant="h6">
          {translate("sosei.inbox.title")}
        </Typography>
        {data && tasks.length === 0 && (
          <Typography variant="body2">{translate("sosei.inbox.empty")}</Typography>
        )}
        <List dense disablePadding>
          {tasks.slice(0, SHOWN).map(({ report, task }) => {
            const reason = task === "returned" ? returnReason(report) : undefined;
            return (
              <ListItem key={report.id} disablePadding divider>
                <ListItemButton component={Link} to={placeOf(report, task)}>
                  <ListItemText
                    primary={
                      <Stack direction="row" spacing={1} sx={{ alignItems: "center" }}>
                        <StatusChip status={report.status} />
                        <strong>{translate(`sosei.inbox.tasks.${task}`)}</strong>
                        <span>
                          {report.projectName} {fiscalYearText(report.fiscalYear, locale)}
                        </span>
                      </Stack>
                    }
                    secondary={
                      reason
                        ? translate("sosei.editor.returnedBecause", {
                            name: reason.authorName,
                            reason: reason.body,
                          })
                        : translate("sosei.inbox.updated", {
                            at: dateTimeText(report.updatedAt, locale),
                          })
                    }
                  />
                </ListItemButton>
              </ListItem>
            );
          })}
        </List>
        {tasks.length > SHOWN && (
          <Typography variant="caption">
            {translate("sosei.inbox.more", { count: tasks.length - SHOWN })}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}
