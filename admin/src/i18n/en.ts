import englishMessages from "ra-language-english";
import type { TranslationMessages } from "ra-core";

/** English, loaded only when chosen; same keys as ja.ts (tests/admin/i18n.test.ts). */
const en: TranslationMessages = {
  ...englishMessages,
  ra: { ...englishMessages.ra, auth: { ...englishMessages.ra.auth, username: "Login ID" } },
  sosei: {
    title: "Sosei",
    login: { hint: "Reports on regional-revitalisation grant projects" },
    menu: { masterData: "Master data" },
    dashboard: {
      title: "Dashboard",
      welcome: "Welcome, %{name}",
      roles: "Roles",
      comingSoon: "Screens to list, edit and review reports are being added.",
    },
    roles: {
      FINANCE: "Finance",
      EVALUATOR: "Evaluator",
      MANAGER: "Manager",
      ADMIN: "Administrator",
    },
    statuses: {
      DRAFT: "Draft",
      IN_REVIEW: "In review",
      RETURNED: "Returned",
      APPROVED: "Approved",
      PUBLISHED: "Published",
      SUPERSEDED: "Superseded",
    },
  },
  resources: {
    "fiscal-years": {
      name: "Fiscal year |||| Fiscal years",
      fields: { year: "Fiscal year", isOpen: "Open for entry" },
    },
  },
  errors: {
    BAD_USER_INPUT: "The input is not valid",
    NOT_FOUND: "Not found",
    CONFLICT: "This conflicts with another change; please reload",
    UNAUTHENTICATED: "Please sign in",
    FORBIDDEN: "You may not do this",
    TOO_MANY_ATTEMPTS: "Too many failed sign-ins; please wait",
    INTERNAL_SERVER_ERROR: "The server failed",
    NETWORK: "The server cannot be reached",
  },
};

export default en;
