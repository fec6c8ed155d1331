import { canOnReport, type Actor, type ReportOperation } from "../../server/src/auth/permissions";
import { canReadReport } from "../../server/src/auth/report-visibility";
import type { Role } from "../../server/src/auth/roles";
import { REPORT_STATUSES } from "../../server/src/workflow/report-status";

/**
 * The matrix spelled out cell by cell, independently of the data in permissions.ts:
 * role → operation → statuses in which it is allowed (own municipality). Everything not
 * listed is denied, and every operation is denied on another municipality's report.
 */
const EXPECTED: Record<Role, Partial<Record<ReportOperation, string[]>>> = {
  FINANCE: {
    create: ["DRAFT"],
    editFinance: ["DRAFT", "RETURNED"],
    submit: ["DRAFT", "RETURNED"],
    revise: ["PUBLISHED"],
  },
  EVALUATOR: { editEvaluation: ["DRAFT", "RETURNED", "IN_REVIEW"] },
  MANAGER: {
    comment: ["DRAFT", "IN_REVIEW", "RETURNED", "APPROVED"],
    return: ["IN_REVIEW", "APPROVED"],
    approve: ["IN_REVIEW"],
    publish: ["APPROVED"],
    revise: ["PUBLISHED"],
  },
  ADMIN: { create: ["DRAFT"], delete: ["DRAFT"] },
};
const OPERATIONS: ReportOperation[] = [
  "create",
  "editFinance",
  "submit",
  "editEvaluation",
  "comment",
  "return",
  "approve",
  "publish",
  "revise",
  "delete",
];
const OWN = 1;
const OTHER = 2;
const actor = (role: Role): Actor => ({ id: 1, roles: [role], municipalityId: OWN });

const cells = (Object.keys(EXPECTED) as Role[]).flatMap((role) =>
  OPERATIONS.flatMap((operation) =>
    REPORT_STATUSES.map((status) => [role, operation, status] as const),
  ),
);

describe("report permission matrix", () => {
  it.each(cells)("%s %s on a %s report", (role, operation, status) => {
    const allowed = EXPECTED[role][operation]?.includes(status) ?? false;
    expect(canOnReport(actor(role), operation, { status, municipalityId: OWN })).toBe(allowed);
    expect(canOnReport(actor(role), operation, { status, municipalityId: OTHER })).toBe(false);
  });

  it("denies every operation to anonymous visitors", () => {
    for (const operation of OPERATIONS) {
      for (const status of REPORT_STATUSES) {
        expect(canOnReport(null, operation, { status, municipalityId: OWN })).toBe(false);
      }
    }
  });

  it("lets anyone read published reports and only the own municipality read the rest", () => {
    for (const status of REPORT_STATUSES) {
      const published = status === "PUBLISHED";
      expect(canReadReport(null, { status, municipalityId: OWN })).toBe(published);
      expect(canReadReport(actor("FINANCE"), { status, municipalityId: OWN })).toBe(true);
      expect(canReadReport(actor("MANAGER"), { status, municipalityId: OTHER })).toBe(published);
    }
  });

  it("gives an administrator without a municipality every municipality", () => {
    const national: Actor = { id: 9, roles: ["ADMIN"], municipalityId: null };
    expect(canOnReport(national, "delete", { status: "DRAFT", municipalityId: OTHER })).toBe(true);
    expect(canOnReport(national, "publish", { status: "APPROVED", municipalityId: OTHER })).toBe(
      false,
    );
  });
});
