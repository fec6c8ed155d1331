import { SimpleForm } from "react-admin";
import { ConflictAwareEdit } from "../conflicts/ConflictAwareEdit";
import { KpiInputs } from "./KpiInputs";
import { toProject } from "./toProject";

export default function KpiEdit() {
  return (
    <ConflictAwareEdit redirect={toProject}>
      <SimpleForm>
        <KpiInputs />
      </SimpleForm>
    </ConflictAwareEdit>
  );
}
