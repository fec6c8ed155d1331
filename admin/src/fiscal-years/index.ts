import CalendarMonthIcon from "@mui/icons-material/CalendarMonth";
import { createElement, lazy } from "react";
import { FiscalYearField } from "../fields/FiscalYearField";

/** Manifest of the resource (react-admin demo style): App spreads it into <Resource>. */
export default {
  icon: CalendarMonthIcon,
  list: lazy(() => import("./FiscalYearList")),
  edit: lazy(() => import("./FiscalYearEdit")),
  create: lazy(() => import("./FiscalYearCreate")),
  recordRepresentation: createElement(FiscalYearField, { source: "year" }),
};
