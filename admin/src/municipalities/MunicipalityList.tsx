import { DataTable, List, SearchInput } from "react-admin";

export default function MunicipalityList() {
  return (
    <List
      filters={[<SearchInput key="q" source="q" alwaysOn />]}
      sort={{ field: "code", order: "ASC" }}
      exporter={false}
    >
      <DataTable bulkActionButtons={false} rowClick="edit">
        <DataTable.Col source="code" />
        <DataTable.Col source="name" />
        <DataTable.Col source="prefecture" />
      </DataTable>
    </List>
  );
}
