import { Checkbox } from "@mui/material";
import { useInput } from "react-admin";

/** A check box in a table cell: a form field without a visible label, named for screen readers. */
export function CellCheckbox({
  source,
  label,
  disabled,
}: {
  source: string;
  label: string;
  disabled?: boolean;
}) {
  const { field } = useInput({ source, defaultValue: false });
  return (
    <Checkbox
      size="small"
      checked={Boolean(field.value)}
      onChange={(event) => field.onChange(event.target.checked)}
      onBlur={field.onBlur}
      disabled={disabled}
      slotProps={{ input: { "aria-label": label } }}
    />
  );
}
