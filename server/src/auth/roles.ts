/** Who does what (DOMAIN.md "Who does what"); the database enum has the same values. */
export const ROLES = ["FINANCE", "EVALUATOR", "MANAGER", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  FINANCE: "財政担当",
  EVALUATOR: "評価担当",
  MANAGER: "管理職",
  ADMIN: "管理者",
};

export const ROLE_LABELS_EN: Record<Role, string> = {
  FINANCE: "finance",
  EVALUATOR: "evaluator",
  MANAGER: "manager",
  ADMIN: "administrator",
};
