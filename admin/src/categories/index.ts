import ListIcon from "@mui/icons-material/FormatListNumbered";
import { lazy } from "react";

export default {
  icon: ListIcon,
  list: lazy(() => import("./CategoryList")),
  edit: lazy(() => import("./CategoryEdit")),
  create: lazy(() => import("./CategoryCreate")),
  recordRepresentation: "text",
};
