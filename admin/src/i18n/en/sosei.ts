import { ioMessages } from "./ioMessages";
import { reportMessages } from "./reportMessages";

/** The app's own messages, with the same keys as ja/sosei.ts (tests/admin/i18n.test.ts). */
export const sosei = {
  title: "Sosei",
  login: {
    hint: "Reports on regional-revitalisation grant projects",
    publicReports: "Published reports (no sign-in needed)",
  },
  menu: {
    masterData: "Master data",
    lists: "Lists",
    review: "Review queue",
    evaluations: "Awaiting evaluation",
    onboarding: "Add a municipality",
    imports: "Import",
  },
  inbox: {
    title: "Your work",
    empty: "No report is waiting for you now",
    updated: "Updated %{at}",
    more: "%{count} more (open them from the report list)",
    tasks: {
      returned: "Returned: fix and resubmit",
      enter: "Enter the actuals",
      submit: "Submit for review",
      evaluate: "Enter the experts' evaluation",
      review: "Review and approve",
      publish: "Publish",
    },
  },
  dashboard: {
    title: "Dashboard",
    welcome: "Welcome, %{name}",
    roles: "Roles",
    byStatus: "Reports by status",
    shares: "KPI achievement",
    reportsWithAchievedKpi: "Projects with at least one KPI achieved",
    achievedKpis: "KPIs achieved",
    ofReports: "%{count} of %{total} projects",
    ofKpis: "%{count} of %{total} KPIs",
    budgetChart: "Budget and actual per project (%{unit})",
    firstProjects: "The first %{shown} of %{total} projects",
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
  units: { YEN: "yen", THOUSAND_YEN: "thousand yen" },
  categoryKinds: { EFFECT: "Effect", EVALUATION: "Evaluation", POLICY: "Policy" },
  common: { none: "(none)", yes: "Yes", no: "No", pagination: "Pagination" },
  municipalities: { codeHelp: "Local government code (6 digits, or the printed 5)" },
  users: {
    allMunicipalities: "All municipalities (system administrator)",
    municipalityHelp: "Empty: a system administrator for every municipality",
    passwordHelp: "At least 12 characters",
    passwordResetHelp:
      "Only to change it (at least 12 characters); this signs the user out everywhere",
  },
  onboarding: {
    title: "Add a municipality",
    intro:
      "Registers a new municipality and its first users. If a step fails, what was created stays, and Create continues from there.",
    municipality: "Municipality",
    users: "First users",
    passwords: "First passwords were generated; pass them on to the users safely.",
    addUser: "Add a user",
    removeUser: "Remove user %{row}",
    create: "Create",
    done: "The municipality and its users were created",
  },
  ...reportMessages,
  ...ioMessages,
};
