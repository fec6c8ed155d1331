import { BooleanField, DataTable, List } from "react-admin";
import { FiscalYearField } from "../fields/FiscalYearField";

/** Read-only until the master-data screens come (issue 10, phase 2). */
export default function FiscalYearList() {
  return (
    <List sort={{ field: "year", order: "DESC" }} exporter={false}>
      <DataTable bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="year" field={FiscalYearField} />
        <DataTable.Col source="isOpen" field={BooleanField} />
      </DataTable>
    </List>
  );
}
