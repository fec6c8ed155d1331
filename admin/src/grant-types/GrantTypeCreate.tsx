import { Create, SimpleForm } from "react-admin";
import { GrantTypeInputs } from "./GrantTypeInputs";

export default function GrantTypeCreate() {
  return (
    <Create redirect="list">
      <SimpleForm defaultValues={{ kpiLimit: 4 }}>
        <GrantTypeInputs />
      </SimpleForm>
    </Create>
  );
}
