import PostAddIcon from "@mui/icons-material/PostAdd";
import { Chip } from "@mui/material";
import {
  Button,
  CreateButton,
  FilterButton,
  TopToolbar,
  DataTable,
  List,
  Loading,
  TextField,
  useCanAccess,
  useGetIdentity,
  useRecordContext,
  useTranslate,
  type RaRecord,
} from "react-admin";
import { ExportMenu } from "../exports/ExportMenu";
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

/** Whether the expert opinion (⑦) is recorded yet: what an evaluator's queue is about. */
function OpinionField() {
  const record = useRecordContext();
  const translate = useTranslate();
  const entered = Boolean(record?.evaluation?.opinion);
  return (
    <Chip
      size="small"
      variant="outlined"
      color={entered ? "success" : "warning"}
      label={translate(entered ? "sosei.evaluation.entered" : "sosei.evaluation.missing")}
    />
  );
}

/** The columns every report list shows (finance's list and the queues). */
export function ReportColumns({ withOpinion = false }: { withOpinion?: boolean }) {
  return (
    <DataTable bulkActionButtons={false} rowClick={reportPage}>
      <DataTable.Col source="projectName" sx={{ maxWidth: 360 }} />
      <DataTable.Col source="fiscalYear" field={FiscalYearField} />
      <DataTable.Col source="status" field={StatusField} />
      <DataTable.Col source="totals.budget" field={AmountField} align="right" disableSort />
      <DataTable.Col source="totals.actual" field={AmountField} align="right" disableSort />
      <DataTable.Col source="executionRate" field={PercentField} align="right" />
      <DataTable.Col source="municipality.name" field={TextField} disableSort />
      {withOpinion && (
        <DataTable.Col source="evaluation.opinion" field={OpinionField} disableSort />
      )}
    </DataTable>
  );
}

function ReportListActions() {
  const { canAccess } = useCanAccess({ action: "create", resource: "reports" });
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton />
      {canAccess && (
        <Button to="/new-year" label="sosei.newYear.title">
          <PostAddIcon />
        </Button>
      )}
      <ExportMenu />
    </TopToolbar>
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
      perPage={25}
      filters={reportFilters}
      filterDefaultValues={defaults}
      sort={{ field: "id", order: "ASC" }}
      exporter={false}
      actions={<ReportListActions />}
    >
      <ReportColumns />
    </List>
  );
}
