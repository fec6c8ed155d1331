import { canAccess } from "../../admin/src/providers/canAccess";
import type { Actor } from "../../server/src/auth/permissions";
import type { Role } from "../../server/src/auth/roles";

/** Expectations written from README's role table and DOMAIN.md, not read from the matrix. */
const OWN = 1;
const OTHER = 2;
const user = (roles: Role[], municipalityId: number | null = OWN): Actor => ({
  id: 7,
  roles,
  municipalityId,
});
const report = (status: string, municipalityId = OWN) => ({ id: 3, status, municipalityId });

const finance = user(["FINANCE"]);
const evaluator = user(["EVALUATOR"]);
const manager = user(["MANAGER"]);
const admin = user(["ADMIN"]);
const systemAdmin = user(["ADMIN"], null);
const USERS = { finance, evaluator, manager, admin };

describe("what the admin offers (canAccess)", () => {
  it.each([
    // who, action, status, allowed
    ["finance", "edit", "DRAFT", true],
    ["finance", "edit", "RETURNED", true],
    ["finance", "edit", "IN_REVIEW", false],
    ["finance", "submit", "DRAFT", true],
    ["finance", "approve", "IN_REVIEW", false],
    ["finance", "revise", "PUBLISHED", true],
    ["evaluator", "edit", "IN_REVIEW", true],
    ["evaluator", "editFinance", "DRAFT", false],
    ["evaluator", "editEvaluation", "APPROVED", false],
    ["manager", "edit", "DRAFT", false],
    ["manager", "approve", "IN_REVIEW", true],
    ["manager", "approve", "APPROVED", false],
    ["manager", "return", "APPROVED", true],
    ["manager", "publish", "APPROVED", true],
    ["manager", "comment", "PUBLISHED", false],
    ["admin", "delete", "DRAFT", true],
    ["admin", "delete", "IN_REVIEW", false],
    ["finance", "delete", "DRAFT", false],
  ] as const)("%s may %s a %s report: %s", (who, action, status, allowed) => {
    expect(canAccess(USERS[who], { action, resource: "reports", record: report(status) })).toBe(
      allowed,
    );
  });

  it("acts only within the user's municipality; a system administrator acts on all", () => {
    const elsewhere = report("DRAFT", OTHER);
    expect(canAccess(finance, { action: "edit", resource: "reports", record: elsewhere })).toBe(
      false,
    );
    expect(
      canAccess(systemAdmin, { action: "delete", resource: "reports", record: elsewhere }),
    ).toBe(true);
    // Others' reports are readable once published.
    const published = report("PUBLISHED", OTHER);
    expect(canAccess(finance, { action: "show", resource: "reports", record: published })).toBe(
      true,
    );
    expect(canAccess(finance, { action: "show", resource: "reports", record: elsewhere })).toBe(
      false,
    );
  });

  it("without a record, offers what the role may ever do (menus, create buttons)", () => {
    expect(canAccess(finance, { action: "create", resource: "reports" })).toBe(true);
    expect(canAccess(manager, { action: "create", resource: "reports" })).toBe(false);
    expect(canAccess(evaluator, { action: "list", resource: "reports" })).toBe(true);
    expect(canAccess(manager, { action: "approve", resource: "reports" })).toBe(true);
    expect(canAccess(finance, { action: "approve", resource: "reports" })).toBe(false);
  });

  it("offers no write on a report whose municipality the record does not carry", () => {
    const record = { id: 3, status: "DRAFT" };
    expect(canAccess(finance, { action: "edit", resource: "reports", record })).toBe(false);
  });

  it("master data is read by everyone signed in; a municipality's by its administrators, shared lists by the system administrator", () => {
    for (const resource of ["projects", "kpis"]) {
      expect(canAccess(finance, { action: "list", resource })).toBe(true);
      expect(canAccess(finance, { action: "edit", resource })).toBe(false);
      expect(canAccess(admin, { action: "create", resource })).toBe(true);
    }
    for (const resource of ["municipalities", "fiscal-years", "grant-types", "categories"]) {
      expect(canAccess(finance, { action: "list", resource })).toBe(true);
      expect(canAccess(admin, { action: "edit", resource })).toBe(false);
      expect(canAccess(systemAdmin, { action: "create", resource })).toBe(true);
    }
    expect(canAccess(admin, { action: "list", resource: "users" })).toBe(true);
    expect(canAccess(manager, { action: "list", resource: "users" })).toBe(false);
    expect(canAccess(admin, { action: "create", resource: "onboarding" })).toBe(false);
    expect(canAccess(systemAdmin, { action: "create", resource: "onboarding" })).toBe(true);
  });

  it("imports from files are offered to finance staff and administrators only", () => {
    for (const [who, allowed] of [
      [finance, true],
      [admin, true],
      [systemAdmin, true],
      [evaluator, false],
      [manager, false],
    ] as const) {
      expect(canAccess(who, { action: "create", resource: "imports" })).toBe(allowed);
    }
  });

  it("on a report the server's allowedOperations decide (e.g. four-eyes: the submitter may not approve)", () => {
    const submittedByMe = { ...report("IN_REVIEW"), allowedOperations: ["comment", "return"] };
    const both = user(["FINANCE", "MANAGER"]);
    expect(canAccess(both, { action: "approve", resource: "reports", record: submittedByMe })).toBe(
      false,
    );
    expect(canAccess(both, { action: "return", resource: "reports", record: submittedByMe })).toBe(
      true,
    );
    expect(canAccess(both, { action: "review", resource: "reports", record: submittedByMe })).toBe(
      true,
    );
    const evaluating = { ...report("IN_REVIEW"), allowedOperations: ["editEvaluation"] };
    expect(canAccess(evaluator, { action: "edit", resource: "reports", record: evaluating })).toBe(
      true,
    );
    expect(
      canAccess(evaluator, { action: "editFinance", resource: "reports", record: evaluating }),
    ).toBe(false);
  });

  it("denies anonymous users and resources it does not know", () => {
    expect(canAccess(null, { action: "list", resource: "fiscal-years" })).toBe(false);
    expect(canAccess(systemAdmin, { action: "list", resource: "audit-secrets" })).toBe(false);
  });
});
