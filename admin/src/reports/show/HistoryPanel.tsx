import { Card, CardContent, List, ListItem, ListItemText, Typography } from "@mui/material";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useDataProvider, useGetList, useLocale, useTranslate } from "react-admin";
import { dateTimeText } from "../../fields/format";
import type { SoseiDataProvider } from "../../providers/dataProvider";
import { historyQuery } from "../reportQueries";
import { useReportEditor } from "../editor/ReportEditorContext";
import { historyLines } from "./historyLines";

/** Every write to the report, newest first: who, when, and each field before → after. */
export function HistoryPanel() {
  const { report } = useReportEditor();
  const dataProvider = useDataProvider<SoseiDataProvider>();
  const translate = useTranslate();
  const locale = useLocale();
  const { data = [], isPending } = useQuery(historyQuery(dataProvider, report.id));
  const { data: categoryList } = useGetList("categories", {
    pagination: { page: 1, perPage: 500 },
  });
  const categories = useMemo(
    () => new Map((categoryList ?? []).map((c) => [String(c.id), String(c.label)])),
    [categoryList],
  );
  const context = { unit: report.moneyUnit, locale, translate, categories };
  return (
    <Card component="section" aria-labelledby="history-title" sx={{ mb: 2 }}>
      <CardContent>
        <Typography id="history-title" component="h2" variant="h6">
          {translate("sosei.history.title")}
        </Typography>
        {isPending && <Typography variant="body2">{translate("ra.page.loading")}</Typography>}
        <List dense>
          {[...data].reverse().map((entry) => {
            const lines = historyLines(entry, context);
            return (
              <ListItem key={entry.id} divider alignItems="flex-start">
                <ListItemText
                  primary={translate("sosei.history.entry", {
                    at: dateTimeText(entry.at, locale),
                    actor: entry.actorName ?? translate("sosei.history.system"),
                    entity: translate(`sosei.history.entities.${entry.entity}`, {
                      _: entry.entity,
                    }),
                    action: translate(`sosei.history.actions.${entry.action}`),
                  })}
                  secondary={lines.map((line, i) => (
                    <Typography key={i} component="span" variant="body2" sx={{ display: "block" }}>
                      {`${line.field}: ${line.before} → ${line.after}`}
                    </Typography>
                  ))}
                  slotProps={{ secondary: { component: "div" } }}
                />
              </ListItem>
            );
          })}
        </List>
      </CardContent>
    </Card>
  );
}
