import { Typography } from "@mui/material";
import {
  CreateButton,
  DataTable,
  ReferenceManyField,
  useRecordContext,
  useTranslate,
} from "react-admin";

/** ⑤ the project's KPI definitions, edited one by one (a new one opens with the project set). */
export function ProjectKpis() {
  const project = useRecordContext();
  const translate = useTranslate();
  if (!project) return null;
  return (
    <>
      <Typography component="h2" variant="h6" sx={{ mt: 2 }}>
        {translate("resources.kpis.name", { smart_count: 2 })}
      </Typography>
      <ReferenceManyField
        reference="kpis"
        target="projectId"
        sort={{ field: "position", order: "ASC" }}
      >
        <DataTable bulkActionButtons={false} rowClick="edit" resource="kpis">
          <DataTable.NumberCol source="position" />
          <DataTable.Col source="name" />
          <DataTable.NumberCol source="baseline" />
          <DataTable.NumberCol source="target" />
          <DataTable.Col source="unit" />
          <DataTable.Col source="targetMonthLabel" />
        </DataTable>
      </ReferenceManyField>
      <CreateButton resource="kpis" state={{ record: { projectId: project.id } }} />
    </>
  );
}
