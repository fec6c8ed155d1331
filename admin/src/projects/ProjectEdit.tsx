import { SimpleForm } from "react-admin";
import { ConflictAwareEdit } from "../conflicts/ConflictAwareEdit";
import { ProjectInputs } from "./ProjectInputs";
import { ProjectKpis } from "./ProjectKpis";

export default function ProjectEdit() {
  return (
    <ConflictAwareEdit redirect={false}>
      <SimpleForm>
        <ProjectInputs />
      </SimpleForm>
      <ProjectKpis />
    </ConflictAwareEdit>
  );
}
