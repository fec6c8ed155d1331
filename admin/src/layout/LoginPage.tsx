import { Box, Typography } from "@mui/material";
import { LocalesMenuButton, Login, LoginForm, useTranslate } from "react-admin";

/** React-admin's login form under the app's name, with the language menu before sign-in. */
export function LoginPage() {
  const translate = useTranslate();
  return (
    <Login>
      <Box sx={{ textAlign: "center", px: 2 }}>
        <Typography component="h1" variant="h5">
          {translate("sosei.title")}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate("sosei.login.hint")}
        </Typography>
      </Box>
      <LoginForm />
      <Box sx={{ textAlign: "center", pb: 1 }}>
        <LocalesMenuButton />
      </Box>
    </Login>
  );
}
