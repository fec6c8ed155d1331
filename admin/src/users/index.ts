import PeopleIcon from "@mui/icons-material/People";
import { lazy } from "react";

export default {
  icon: PeopleIcon,
  list: lazy(() => import("./UserList")),
  edit: lazy(() => import("./UserEdit")),
  create: lazy(() => import("./UserCreate")),
  recordRepresentation: "name",
};
