import { DataTable, List } from "react-admin";

export default function GrantTypeList() {
  return (
    <List sort={{ field: "position", order: "ASC" }} exporter={false}>
      <DataTable bulkActionButtons={false} rowClick="edit">
        <DataTable.Col source="position" />
        <DataTable.Col source="code" />
        <DataTable.Col source="name" />
        <DataTable.NumberCol source="kpiLimit" />
      </DataTable>
    </List>
  );
}
