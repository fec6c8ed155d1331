import DescriptionIcon from "@mui/icons-material/Description";
import { lazy } from "react";

/** Manifest of the resource (react-admin demo style): App spreads it into <Resource>. */
export default {
  icon: DescriptionIcon,
  list: lazy(() => import("./ReportList")),
  edit: lazy(() => import("./ReportEdit")),
  show: lazy(() => import("./ReportShow")),
  create: lazy(() => import("./ReportCreate")),
  recordRepresentation: "projectName",
};

export const ReviewQueue = lazy(() =>
  import("./ReportQueues").then((m) => ({ default: m.ReviewQueue })),
);
export const EvaluationQueue = lazy(() =>
  import("./ReportQueues").then((m) => ({ default: m.EvaluationQueue })),
);
