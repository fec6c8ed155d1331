import { Typography } from "@mui/material";
import { useFieldValue, type FieldProps } from "react-admin";
import { percentText } from "./format";

export function PercentField(props: FieldProps) {
  const ratio = useFieldValue(props) as number | null | undefined;
  return (
    <Typography component="span" variant="body2">
      {percentText(ratio)}
    </Typography>
  );
}
