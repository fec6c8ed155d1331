import { Box, Link, Typography } from "@mui/material";
import { useRef } from "react";
import { LocalesMenuButton, Login, LoginForm, useDataProvider, useTranslate } from "react-admin";
import type { SoseiDataProvider } from "../providers/dataProvider";
import { prefetchReportScreens } from "../reports";

/**
 * React-admin's login form under the app's name, the way to the published reports (which
 * need no sign-in), and the language menu before sign-in.
 */
export function LoginPage() {
  const translate = useTranslate();
  const dataProvider = useDataProvider<SoseiDataProvider>();
  const prefetched = useRef(false);
  // Once the user types (not on load: the login page itself stays small), the screens and
  // the GraphQL layer they will need load while the password is typed.
  const prefetch = () => {
    if (prefetched.current) return;
    prefetched.current = true;
    prefetchReportScreens();
    void dataProvider.warmUp();
  };
  return (
    <Login onInputCapture={prefetch}>
      <Box sx={{ textAlign: "center", px: 2 }}>
        <Typography component="h1" variant="h5">
          {translate("sosei.title")}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate("sosei.login.hint")}
        </Typography>
      </Box>
      <LoginForm />
      {/* The published reports need no sign-in: a visitor who came here looking for them. */}
      <Box sx={{ textAlign: "center", pb: 1 }}>
        <Link href="/public/">{translate("sosei.login.publicReports")}</Link>
      </Box>
      <Box sx={{ textAlign: "center", pb: 1 }}>
        <LocalesMenuButton />
      </Box>
    </Login>
  );
}
