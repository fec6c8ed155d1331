import { Box, Typography } from "@mui/material";
import { useTranslate } from "react-admin";

/** A field the user may read but not change here: its label and value, no input. */
export function ReadOnly({ label, value }: { label: string; value: string | null | undefined }) {
  const translate = useTranslate();
  return (
    <Box sx={{ mb: 1.5 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {translate(label)}
      </Typography>
      <Typography variant="body2" sx={{ whiteSpace: "pre-wrap" }}>
        {value || translate("sosei.common.none")}
      </Typography>
    </Box>
  );
}
