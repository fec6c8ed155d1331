import { Box, Card, CardContent, Typography } from "@mui/material";
import type { ReactNode } from "react";
import { useLocale, useTranslate } from "react-admin";
import { planPeriodText } from "../../fields/format";
import type { Report } from "../../types";
import { KpiTable } from "./KpiTable";
import { ProgramsTable } from "./ProgramsTable";

function Part({ title, children }: { title: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Box component="section" sx={{ borderTop: 1, borderColor: "divider", py: 1.5 }}>
      <Typography component="h2" variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
        {translate(title)}
      </Typography>
      {children}
    </Box>
  );
}

function Text({ children }: { children: ReactNode }) {
  return (
    <Typography variant="body2" sx={{ whiteSpace: "pre-wrap" }}>
      {children}
    </Typography>
  );
}

/** Two labelled texts side by side, as the form's ⑦ and ⑧ rows print a category and a text. */
function Pair({ labels, values }: { labels: [string, string]; values: [ReactNode, ReactNode] }) {
  const translate = useTranslate();
  return (
    <Box sx={{ display: "grid", gridTemplateColumns: { md: "1fr 2fr" }, gap: 2 }}>
      {labels.map((label, i) => (
        <Box key={label}>
          <Typography variant="caption" color="text.secondary" component="div">
            {translate(label)}
          </Typography>
          <Text>{values[i] || translate("sosei.common.none")}</Text>
        </Box>
      ))}
    </Box>
  );
}

/** The report laid out like the official form (地方創生関連交付金事業に係る事業実施結果報告), ①–⑧. */
export function OfficialForm({ report }: { report: Report }) {
  const translate = useTranslate();
  const plan = planPeriodText(
    report.planFirstYear,
    report.planLastYear,
    useLocale(),
    report.fiscalYear,
  );
  return (
    <Card sx={{ mb: 2 }}>
      <CardContent>
        <Pair
          labels={["sosei.form.projectName", "sosei.form.planPeriod"]}
          values={[
            `${report.projectName}${report.jointApplicationNote ? `【${report.jointApplicationNote}】` : ""}`,
            plan,
          ]}
        />
        <Part title="sosei.editor.sections.overview">
          <Text>{report.overview ?? translate("sosei.common.none")}</Text>
        </Part>
        <Part title="sosei.editor.sections.programs">
          <ProgramsTable report={report} />
        </Part>
        <Part title="sosei.editor.sections.kpis">
          <KpiTable report={report} />
        </Part>
        <Part title="sosei.editor.sections.effect">
          <Pair
            labels={[
              "resources.reports.fields.effectCategoryText",
              "resources.reports.fields.effectText",
            ]}
            values={[report.effectCategoryText, report.effectText]}
          />
        </Part>
        <Part title="sosei.editor.sections.evaluation">
          <Pair
            labels={["sosei.changes.fields.categoryText", "sosei.changes.fields.opinion"]}
            values={[report.evaluation?.categoryText, report.evaluation?.opinion]}
          />
        </Part>
        <Part title="sosei.editor.sections.futurePolicy">
          <Pair
            labels={["sosei.changes.fields.policyCategory", "sosei.changes.fields.reason"]}
            values={[report.futurePolicy?.categoryText, report.futurePolicy?.reason]}
          />
        </Part>
      </CardContent>
    </Card>
  );
}
