import { lazy } from "react";
import CalendarMonthIcon from "@mui/icons-material/CalendarMonth";

/** Manifest of the resource (react-admin demo style): App spreads it into <Resource>. */
export default {
  icon: CalendarMonthIcon,
  list: lazy(() => import("./FiscalYearList")),
};
