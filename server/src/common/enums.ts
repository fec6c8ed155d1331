import { registerEnumType } from "type-graphql";
import { REPORT_OPERATIONS, type ReportOperation } from "../auth/permissions";
import { CategoryKind, KpiDirection, MoneyUnit, ReportStatus } from "../generated/prisma/enums";

// The database's enums, exposed to GraphQL under the same names and values.
registerEnumType(ReportStatus, {
  name: "ReportStatus",
  description: "Workflow status of a yearly report",
});
registerEnumType(MoneyUnit, {
  name: "MoneyUnit",
  description: "Unit a report states its money in (円 or 千円)",
});
registerEnumType(KpiDirection, {
  name: "KpiDirection",
  description: "Whether a KPI should go up or down",
});
registerEnumType(CategoryKind, {
  name: "CategoryKind",
  description: "Which category list: 事業効果, 事業の評価, 今後の方針",
});

export { CategoryKind, KpiDirection, MoneyUnit, ReportStatus };

/** The report operations of the permission matrix (auth/permissions.ts), by name. */
export const ReportOperationEnum = Object.fromEntries(REPORT_OPERATIONS.map((op) => [op, op])) as {
  [K in ReportOperation]: K;
};
registerEnumType(ReportOperationEnum, {
  name: "ReportOperation",
  description: "An operation of the permission matrix on a report",
});
