import { SimpleForm } from "react-admin";
import { ConflictAwareEdit } from "../conflicts/ConflictAwareEdit";
import { UserInputs } from "./UserInputs";

/** An empty password field means "no new password". */
const withoutEmptyPassword = ({ password, ...user }: Record<string, unknown>) =>
  password ? { ...user, password } : user;

export default function UserEdit() {
  return (
    <ConflictAwareEdit transform={withoutEmptyPassword}>
      <SimpleForm>
        <UserInputs creating={false} />
      </SimpleForm>
    </ConflictAwareEdit>
  );
}
