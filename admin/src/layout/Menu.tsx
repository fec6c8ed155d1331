import AssignmentTurnedInIcon from "@mui/icons-material/AssignmentTurnedIn";
import GroupAddIcon from "@mui/icons-material/GroupAdd";
import PostAddIcon from "@mui/icons-material/PostAdd";
import RateReviewIcon from "@mui/icons-material/RateReview";
import UploadFileIcon from "@mui/icons-material/UploadFile";
import { Divider, ListSubheader } from "@mui/material";
import type { ReactNode } from "react";
import { Menu as RaMenu, useCanAccess, useTranslate } from "react-admin";

function Allowed({
  action,
  resource,
  children,
}: {
  action: string;
  resource: string;
  children: ReactNode;
}) {
  const { canAccess } = useCanAccess({ action, resource });
  return canAccess ? <>{children}</> : null;
}

/** The menu by kind of work: reports and the queues of each role, then master data. */
export function Menu() {
  const translate = useTranslate();
  const { canAccess: canWriteMaster } = useCanAccess({ action: "create", resource: "projects" });
  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      <RaMenu.ResourceItem name="reports" />
      <Allowed action="review" resource="reports">
        <RaMenu.Item
          to="/review"
          primaryText={translate("sosei.menu.review")}
          leftIcon={<AssignmentTurnedInIcon />}
        />
      </Allowed>
      <Allowed action="editEvaluation" resource="reports">
        <RaMenu.Item
          to="/evaluations"
          primaryText={translate("sosei.menu.evaluations")}
          leftIcon={<RateReviewIcon />}
        />
      </Allowed>
      <Allowed action="create" resource="reports">
        <RaMenu.Item
          to="/new-year"
          primaryText={translate("sosei.menu.newYear")}
          leftIcon={<PostAddIcon />}
        />
      </Allowed>
      <Allowed action="create" resource="imports">
        <RaMenu.Item
          to="/imports"
          primaryText={translate("sosei.menu.imports")}
          leftIcon={<UploadFileIcon />}
        />
      </Allowed>
      <RaMenu.ResourceItem name="projects" />
      <RaMenu.ResourceItem name="kpis" />
      <RaMenu.ResourceItem name="users" />
      <Divider />
      <ListSubheader component="div" sx={{ lineHeight: 2.5, bgcolor: "transparent" }}>
        {translate(canWriteMaster ? "sosei.menu.masterData" : "sosei.menu.lists")}
      </ListSubheader>
      <RaMenu.ResourceItem name="fiscal-years" />
      <RaMenu.ResourceItem name="municipalities" />
      <RaMenu.ResourceItem name="grant-types" />
      <RaMenu.ResourceItem name="categories" />
      <Allowed action="create" resource="onboarding">
        <RaMenu.Item
          to="/onboarding"
          primaryText={translate("sosei.menu.onboarding")}
          leftIcon={<GroupAddIcon />}
        />
      </Allowed>
    </RaMenu>
  );
}
