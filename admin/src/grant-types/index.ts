import PaymentsIcon from "@mui/icons-material/Payments";
import { lazy } from "react";

export default {
  icon: PaymentsIcon,
  list: lazy(() => import("./GrantTypeList")),
  edit: lazy(() => import("./GrantTypeEdit")),
  create: lazy(() => import("./GrantTypeCreate")),
  recordRepresentation: "name",
};
