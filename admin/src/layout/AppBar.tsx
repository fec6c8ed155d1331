import { Typography } from "@mui/material";
import {
  AppBar as RaAppBar,
  TitlePortal,
  UserMenu,
  useGetIdentity,
  useTranslate,
} from "react-admin";

/** React-admin's app bar (page title, language menu, refresh, user menu) with the app's name. */
export function AppBar() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  // The user menu's button shows the user's name; its accessible name must be the same
  // (WCAG 2.5.3), not react-admin's default "Profile".
  return (
    <RaAppBar userMenu={<UserMenu label={identity?.fullName} />}>
      <TitlePortal />
      <Typography variant="subtitle1" component="span" sx={{ mr: 1 }}>
        {translate("sosei.title")}
      </Typography>
    </RaAppBar>
  );
}
