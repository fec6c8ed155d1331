import { BooleanField, DataTable, List } from "react-admin";
import { FiscalYearField } from "../fields/FiscalYearField";

/** Fiscal years, newest first; administrators open and close them for entry. */
export default function FiscalYearList() {
  return (
    <List sort={{ field: "year", order: "DESC" }} exporter={false}>
      <DataTable bulkActionButtons={false} rowClick="edit">
        <DataTable.Col source="year" field={FiscalYearField} />
        <DataTable.Col source="isOpen" field={BooleanField} />
      </DataTable>
    </List>
  );
}
