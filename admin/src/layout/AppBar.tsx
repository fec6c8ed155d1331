import { Typography } from "@mui/material";
import { AppBar as RaAppBar, TitlePortal, useTranslate } from "react-admin";

/** React-admin's app bar (page title, language menu, refresh, user menu) with the app's name. */
export function AppBar() {
  const translate = useTranslate();
  return (
    <RaAppBar>
      <TitlePortal />
      <Typography variant="subtitle1" component="span" sx={{ mr: 1 }}>
        {translate("sosei.title")}
      </Typography>
    </RaAppBar>
  );
}
