import { Checkbox } from "@mui/material";
import { useController } from "react-hook-form";

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
  // react-hook-form's own controller: dozens of these in a grid, without react-admin's input layer.
  const { field } = useController({ name: source });
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
