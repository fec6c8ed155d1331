import { SimpleForm } from "react-admin";
import { ConflictAwareEdit } from "../conflicts/ConflictAwareEdit";
import { MunicipalityInputs } from "./MunicipalityInputs";

export default function MunicipalityEdit() {
  return (
    <ConflictAwareEdit>
      <SimpleForm>
        <MunicipalityInputs />
      </SimpleForm>
    </ConflictAwareEdit>
  );
}
