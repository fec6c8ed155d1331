import { Create, SimpleForm } from "react-admin";
import { MunicipalityInputs } from "./MunicipalityInputs";

export default function MunicipalityCreate() {
  return (
    <Create redirect="list">
      <SimpleForm>
        <MunicipalityInputs />
      </SimpleForm>
    </Create>
  );
}
