import InsightsIcon from "@mui/icons-material/Insights";
import { lazy } from "react";

export default {
  icon: InsightsIcon,
  list: lazy(() => import("./KpiList")),
  edit: lazy(() => import("./KpiEdit")),
  create: lazy(() => import("./KpiCreate")),
  recordRepresentation: "name",
};
