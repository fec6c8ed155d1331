import {
  BooleanField,
  DataTable,
  FunctionField,
  List,
  SelectArrayInput,
  useTranslate,
} from "react-admin";
import { CATEGORY_KINDS } from "./CategoryInputs";

function KindFilter(props: { source: string; alwaysOn?: boolean }) {
  const translate = useTranslate();
  const choices = CATEGORY_KINDS.map((id) => ({
    id,
    name: translate(`sosei.categoryKinds.${id}`),
  }));
  return <SelectArrayInput {...props} choices={choices} sx={{ minWidth: 200 }} />;
}

/** The lists of 事業効果, 事業の評価 and 今後の方針, each an ordered scale. */
export default function CategoryList() {
  const translate = useTranslate();
  return (
    <List
      filters={[<KindFilter key="kind" source="kind" alwaysOn />]}
      sort={{ field: "rank", order: "ASC" }}
      exporter={false}
    >
      <DataTable bulkActionButtons={false} rowClick="edit">
        <DataTable.Col source="kind">
          <FunctionField
            render={(r: { kind: string }) => translate(`sosei.categoryKinds.${r.kind}`)}
          />
        </DataTable.Col>
        <DataTable.NumberCol source="rank" />
        <DataTable.Col source="text" />
        <DataTable.Col source="isActive" field={BooleanField} />
      </DataTable>
    </List>
  );
}
