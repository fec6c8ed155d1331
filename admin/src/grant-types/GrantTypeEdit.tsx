import { SimpleForm } from "react-admin";
import { ConflictAwareEdit } from "../conflicts/ConflictAwareEdit";
import { GrantTypeInputs } from "./GrantTypeInputs";

export default function GrantTypeEdit() {
  return (
    <ConflictAwareEdit>
      <SimpleForm>
        <GrantTypeInputs />
      </SimpleForm>
    </ConflictAwareEdit>
  );
}
