import { Create, SimpleForm } from "react-admin";
import { UserInputs } from "./UserInputs";

export default function UserCreate() {
  return (
    <Create redirect="list">
      <SimpleForm defaultValues={{ isActive: true, roles: [] }}>
        <UserInputs creating />
      </SimpleForm>
    </Create>
  );
}
