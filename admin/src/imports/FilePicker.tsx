import UploadFileIcon from "@mui/icons-material/UploadFile";
import { Button, List, ListItem, ListItemText, Stack, Typography } from "@mui/material";
import { useTranslate } from "react-admin";

/** Files to import (several at once: the three CSV tables go together), with their sizes. */
export function FilePicker({
  files,
  disabled,
  onChange,
}: {
  files: readonly File[];
  disabled: boolean;
  onChange: (files: File[]) => void;
}) {
  const translate = useTranslate();
  return (
    <Stack spacing={1} sx={{ my: 1 }}>
      <div>
        <Button
          component="label"
          variant="outlined"
          startIcon={<UploadFileIcon />}
          disabled={disabled}
        >
          {translate("sosei.imports.chooseFiles")}
          <input
            type="file"
            multiple
            hidden
            accept=".txt,.tsv,.csv,.xlsx,text/plain,text/csv"
            onChange={(event) => {
              onChange([...(event.target.files ?? [])]);
              // The same file chosen again (after fixing it) is a change too.
              event.target.value = "";
            }}
          />
        </Button>
      </div>
      {files.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate("sosei.imports.noFiles")}
        </Typography>
      ) : (
        <List dense aria-label={translate("sosei.imports.chosenFiles")}>
          {files.map((file) => (
            <ListItem key={`${file.name}-${file.size}-${file.lastModified}`} disablePadding>
              <ListItemText
                primary={file.name}
                secondary={translate("sosei.imports.fileSize", {
                  size: Math.max(1, Math.round(file.size / 1024)).toLocaleString(),
                })}
              />
            </ListItem>
          ))}
        </List>
      )}
    </Stack>
  );
}
