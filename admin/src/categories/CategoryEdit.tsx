import { SimpleForm } from "react-admin";
import { ConflictAwareEdit } from "../conflicts/ConflictAwareEdit";
import { CategoryInputs } from "./CategoryInputs";

export default function CategoryEdit() {
  return (
    <ConflictAwareEdit>
      <SimpleForm>
        <CategoryInputs />
      </SimpleForm>
    </ConflictAwareEdit>
  );
}
