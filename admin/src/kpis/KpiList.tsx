import {
  DataTable,
  List,
  ReferenceArrayInput,
  ReferenceField,
  AutocompleteArrayInput,
  SearchInput,
} from "react-admin";

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceArrayInput key="projectId" source="projectId" reference="projects" alwaysOn>
    <AutocompleteArrayInput optionText="name" sx={{ minWidth: 300 }} />
  </ReferenceArrayInput>,
];

/** KPI definitions of the projects; a report copies them until it is approved. */
export default function KpiList() {
  return (
    <List filters={filters} sort={{ field: "projectId", order: "ASC" }} exporter={false}>
      <DataTable bulkActionButtons={false} rowClick="edit">
        <DataTable.Col source="projectId">
          <ReferenceField source="projectId" reference="projects" link={false} />
        </DataTable.Col>
        <DataTable.NumberCol source="position" />
        <DataTable.Col source="name" />
        <DataTable.NumberCol source="baseline" />
        <DataTable.NumberCol source="target" />
        <DataTable.Col source="unit" />
        <DataTable.Col source="targetMonthLabel" />
      </DataTable>
    </List>
  );
}
