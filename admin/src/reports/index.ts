import DescriptionIcon from "@mui/icons-material/Description";
import { lazy } from "react";
import { preloadable } from "../layout/preloadable";

const list = preloadable(() => import("./ReportList"));
const edit = preloadable(() => import("./ReportEdit"));
const show = preloadable(() => import("./ReportShow"));

/** Fetches the report screens ahead of need (while the user signs in). */
export function prefetchReportScreens(): void {
  for (const screen of [list, edit, show]) void screen.preload().catch(() => undefined);
}

/** Manifest of the resource (react-admin demo style): App spreads it into <Resource>. */
export default {
  icon: DescriptionIcon,
  list,
  edit,
  show,
  create: lazy(() => import("./ReportCreate")),
  recordRepresentation: "projectName",
};

export const ReviewQueue = lazy(() =>
  import("./ReportQueues").then((m) => ({ default: m.ReviewQueue })),
);
export const EvaluationQueue = lazy(() =>
  import("./ReportQueues").then((m) => ({ default: m.EvaluationQueue })),
);
