import { deepmerge } from "@mui/utils";
import { defaultLightTheme, type RaThemeOptions } from "react-admin";

/**
 * React-admin's light theme with darker colours: its defaults (#1976d2 labels on the grey of
 * filled inputs, white on #2196f3 in the app bar, MUI's orange and light-blue status chips) fall
 * below WCAG AA contrast, which axe reports. Spinners are hidden from assistive technology:
 * each stands beside what names it (react-admin's "読み込み中" text, a button's label, the
 * refresh button), and a progressbar without a name of its own is an axe violation.
 */
export const lightTheme: RaThemeOptions = deepmerge(defaultLightTheme, {
  palette: {
    primary: { main: "#1565c0" },
    secondary: { light: "#5e92f3", main: "#1565c0", dark: "#003c8f", contrastText: "#fff" },
    warning: { main: "#9a4f00" },
    info: { main: "#01579b" },
    success: { main: "#1b6e20" },
  },
  components: {
    MuiCircularProgress: { defaultProps: { "aria-hidden": true } },
  },
});
