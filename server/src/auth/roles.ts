/** Who does what (DOMAIN.md "Who does what"); the database enum has the same values. */
export const ROLES = ["FINANCE", "EVALUATOR", "MANAGER", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  FINANCE: "財政担当",
  EVALUATOR: "評価担当",
  MANAGER: "管理職",
  ADMIN: "システム管理者",
};
