import LocationCityIcon from "@mui/icons-material/LocationCity";
import { lazy } from "react";

export default {
  icon: LocationCityIcon,
  list: lazy(() => import("./MunicipalityList")),
  edit: lazy(() => import("./MunicipalityEdit")),
  create: lazy(() => import("./MunicipalityCreate")),
  recordRepresentation: "name",
};
