import { DataTable, List, ReferenceField, SearchInput } from "react-admin";
import { PlanPeriodField } from "../fields/PlanPeriodField";

/** Projects; a row opens the project's trend across its plan period. */
export default function ProjectList() {
  return (
    <List
      filters={[<SearchInput key="q" source="q" alwaysOn />]}
      sort={{ field: "number", order: "ASC" }}
      exporter={false}
    >
      <DataTable bulkActionButtons={false} rowClick="show">
        <DataTable.NumberCol source="number" />
        <DataTable.Col source="name" />
        <DataTable.Col source="planPeriodLabel" field={PlanPeriodField} disableSort />
        <DataTable.Col source="grantTypeId">
          <ReferenceField source="grantTypeId" reference="grant-types" link={false} />
        </DataTable.Col>
        <DataTable.Col source="municipalityId">
          <ReferenceField source="municipalityId" reference="municipalities" link={false} />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
