import { Create, SimpleForm, useGetIdentity } from "react-admin";
import { ProjectInputs } from "./ProjectInputs";

export default function ProjectCreate() {
  const { identity } = useGetIdentity();
  return (
    <Create redirect="edit">
      <SimpleForm defaultValues={{ municipalityId: identity?.municipalityId ?? undefined }}>
        <ProjectInputs />
      </SimpleForm>
    </Create>
  );
}
