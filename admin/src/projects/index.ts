import WorkIcon from "@mui/icons-material/Work";
import { lazy } from "react";

export default {
  icon: WorkIcon,
  list: lazy(() => import("./ProjectList")),
  show: lazy(() => import("./ProjectShow")),
  edit: lazy(() => import("./ProjectEdit")),
  create: lazy(() => import("./ProjectCreate")),
  recordRepresentation: "name",
};
