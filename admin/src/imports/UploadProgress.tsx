import { Box, LinearProgress, Typography } from "@mui/material";
import { useTranslate } from "react-admin";

/** How much of the upload was sent; once sent, the server reads and checks the files. */
export function UploadProgress({ fraction }: { fraction: number }) {
  const translate = useTranslate();
  const percent = Math.round(fraction * 100);
  return (
    <Box sx={{ my: 2 }}>
      <LinearProgress
        variant="determinate"
        value={percent}
        aria-label={translate("sosei.imports.progress")}
      />
      <Typography variant="body2" role="status" sx={{ mt: 0.5 }}>
        {percent < 100
          ? translate("sosei.imports.uploading", { percent })
          : translate("sosei.imports.checking")}
      </Typography>
    </Box>
  );
}
