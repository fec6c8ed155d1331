import { DataTable, List, Loading, TextField, useGetIdentity, type RaRecord } from "react-admin";
import { AmountField } from "../fields/AmountField";
import { FiscalYearField } from "../fields/FiscalYearField";
import { PercentField } from "../fields/PercentField";
import { StatusField } from "../fields/StatusField";
import { reportFilters } from "./reportFilters";
import { useCurrentFiscalYear } from "./useCurrentFiscalYear";

/** A report opens in the editor when the user may write some of it, else on the review page. */
export function reportPage(_id: unknown, _resource: unknown, record: RaRecord): "edit" | "show" {
  const allowed: string[] = record.allowedOperations ?? [];
  return allowed.includes("editFinance") || allowed.includes("editEvaluation") ? "edit" : "show";
}

/** The columns every report list shows (finance's list and the queues). */
export function ReportColumns() {
  return (
    <DataTable bulkActionButtons={false} rowClick={reportPage}>
      <DataTable.Col source="projectName" sx={{ maxWidth: 360 }} />
      <DataTable.Col source="fiscalYear" field={FiscalYearField} />
      <DataTable.Col source="status" field={StatusField} />
      <DataTable.NumberCol source="totals.budget" field={AmountField} disableSort />
      <DataTable.NumberCol source="totals.actual" field={AmountField} disableSort />
      <DataTable.NumberCol source="executionRate" field={PercentField} />
      <DataTable.Col source="municipality.name" field={TextField} disableSort />
    </DataTable>
  );
}

/** Finance's list: their municipality's reports of the year being worked on, by default. */
export default function ReportList() {
  const { year, isPending } = useCurrentFiscalYear();
  const { identity } = useGetIdentity();
  if (isPending) return <Loading />;
  const defaults = {
    ...(year ? { fiscalYear: [String(year)] } : {}),
    ...(identity?.municipalityId ? { municipalityId: [identity.municipalityId] } : {}),
  };
  return (
    <List
      filters={reportFilters}
      filterDefaultValues={defaults}
      sort={{ field: "id", order: "ASC" }}
      exporter={false}
    >
      <ReportColumns />
    </List>
  );
}
