import { Create, SimpleForm } from "react-admin";
import { KpiInputs } from "./KpiInputs";
import { toProject } from "./toProject";

/** Opened from a project with its id (react-admin's record from the location's state). */
export default function KpiCreate() {
  return (
    <Create redirect={toProject}>
      <SimpleForm defaultValues={{ direction: "INCREASE" }}>
        <KpiInputs />
      </SimpleForm>
    </Create>
  );
}
