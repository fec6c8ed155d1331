import { Create, SimpleForm } from "react-admin";
import { CategoryInputs } from "./CategoryInputs";

export default function CategoryCreate() {
  return (
    <Create redirect="list">
      <SimpleForm defaultValues={{ isActive: true }}>
        <CategoryInputs />
      </SimpleForm>
    </Create>
  );
}
