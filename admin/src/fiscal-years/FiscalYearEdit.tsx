import { BooleanInput, SimpleForm } from "react-admin";
import { ConflictAwareEdit } from "../conflicts/ConflictAwareEdit";
import { FiscalYearField } from "../fields/FiscalYearField";

/** A fiscal year's year never changes; it is opened or closed for entry. */
export default function FiscalYearEdit() {
  return (
    <ConflictAwareEdit>
      <SimpleForm>
        <FiscalYearField source="year" />
        <BooleanInput source="isOpen" />
      </SimpleForm>
    </ConflictAwareEdit>
  );
}
