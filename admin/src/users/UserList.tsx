import { Chip, Stack } from "@mui/material";
import {
  BooleanField,
  DataTable,
  FunctionField,
  List,
  ReferenceField,
  SearchInput,
  useTranslate,
} from "react-admin";

function Roles({ roles }: { roles: string[] }) {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={0.5}>
      {roles.map((role) => (
        <Chip key={role} size="small" label={translate(`sosei.roles.${role}`)} />
      ))}
    </Stack>
  );
}

export default function UserList() {
  return (
    <List
      filters={[<SearchInput key="q" source="q" alwaysOn />]}
      sort={{ field: "loginId", order: "ASC" }}
      exporter={false}
    >
      <DataTable bulkActionButtons={false} rowClick="edit">
        <DataTable.Col source="loginId" />
        <DataTable.Col source="name" />
        <DataTable.Col source="email" />
        <DataTable.Col source="roles">
          <FunctionField render={(user: { roles: string[] }) => <Roles roles={user.roles} />} />
        </DataTable.Col>
        <DataTable.Col source="municipalityId">
          <ReferenceField
            source="municipalityId"
            reference="municipalities"
            link={false}
            emptyText="sosei.users.allMunicipalities"
          />
        </DataTable.Col>
        <DataTable.Col source="isActive" field={BooleanField} />
      </DataTable>
    </List>
  );
}
