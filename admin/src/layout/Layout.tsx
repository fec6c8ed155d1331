import { createTheme, ThemeProvider, useTheme } from "@mui/material";
import { useEffect, useMemo, type ReactNode } from "react";
import { Layout as RaLayout, useDataProvider, useTranslate } from "react-admin";
import type { SoseiDataProvider } from "../providers/dataProvider";
import { AppBar } from "./AppBar";
import { Menu } from "./Menu";

/**
 * The theme with MUI's own words in the user's language: its pagination names itself
 * "pagination navigation" otherwise, an English label on a Japanese page.
 */
function useLocalizedTheme() {
  const theme = useTheme();
  const translate = useTranslate();
  const label = translate("sosei.common.pagination");
  return useMemo(
    () =>
      createTheme(theme, {
        components: { MuiPagination: { defaultProps: { "aria-label": label } } },
      }),
    [theme, label],
  );
}

/** React-admin's layout (shown once signed in) with the app's app bar and menu. */
export function Layout({ children }: { children: ReactNode }) {
  const dataProvider = useDataProvider<SoseiDataProvider>();
  const theme = useLocalizedTheme();
  // After the first page is drawn and used a moment (not competing with it), so the first
  // list finds the GraphQL layer loaded.
  useEffect(() => {
    let idle = 0;
    const timer = setTimeout(() => {
      idle = requestIdleCallback(() => void dataProvider.warmUp(), { timeout: 2000 });
    }, 3000);
    return () => {
      clearTimeout(timer);
      cancelIdleCallback(idle);
    };
  }, [dataProvider]);
  return (
    // The content may be narrower than its widest table: tables scroll inside themselves,
    // the page never sideways (a flex item's minimum width is otherwise its content's).
    <ThemeProvider theme={theme}>
      <RaLayout appBar={AppBar} menu={Menu} sx={{ "& .RaLayout-content": { minWidth: 0 } }}>
        {children}
      </RaLayout>
    </ThemeProvider>
  );
}
