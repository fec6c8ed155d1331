import { registryLabels } from "../fieldLabels";

/** Resource names and field labels (react-admin's `resources.<resource>.fields.<source>`). */
export const resources = {
  reports: {
    name: "Report |||| Reports",
    fields: {
      ...registryLabels("en"),
      q: "Search",
      projectName: "Project",
      projectId: "Project",
      fiscalYear: "Fiscal year",
      status: "Status",
      totals: { budget: "Budget", actual: "Actual" },
      executionRate: "Execution rate",
      municipality: { name: "Municipality" },
      municipalityId: "Municipality",
      moneyUnit: "Unit of amounts",
      actualsAsOf: "Actuals as of",
      effectCategoryText: "Effect",
      effectText: "Effect explained",
      evaluation: { opinion: "Experts' opinion" },
      revision: "Revision",
    },
  },
  projects: {
    name: "Project |||| Projects",
    fields: {
      q: "Search",
      number: "No",
      name: "Project name",
      planPeriodLabel: "Plan period",
      grantTypeId: "Grant type",
      municipalityId: "Municipality",
      jointApplicationNote: "Joint application note",
      planFirstYear: "First year of the plan",
      planLastYear: "Last year of the plan",
      overview: "Overview",
      kpiNameNote: "KPI name note",
    },
  },
  kpis: {
    name: "KPI |||| KPIs",
    fields: {
      q: "Search",
      projectId: "Project",
      position: "No",
      name: "Indicator",
      baseline: "Baseline",
      target: "Target",
      unit: "Unit",
      direction: "Direction",
      targetMonth: "Target month",
      targetMonthLabel: "Target month",
    },
  },
  users: {
    name: "User |||| Users",
    fields: {
      q: "Search",
      loginId: "Login ID",
      name: "Name",
      email: "E-mail",
      roles: "Roles",
      municipalityId: "Municipality",
      isActive: "Active",
      password: "Password",
    },
  },
  municipalities: {
    name: "Municipality |||| Municipalities",
    fields: { q: "Search", code: "Code", name: "Name", prefecture: "Prefecture" },
  },
  "fiscal-years": {
    name: "Fiscal year |||| Fiscal years",
    fields: { year: "Fiscal year", isOpen: "Open for entry", label: "Fiscal year" },
  },
  "grant-types": {
    name: "Grant type |||| Grant types",
    fields: { code: "Code", name: "Name", kpiLimit: "KPIs per project", position: "Order" },
  },
  categories: {
    name: "Category |||| Categories",
    fields: {
      kind: "List",
      label: "Label",
      explanation: "Explanation",
      rank: "Rank",
      isActive: "Offered",
      text: "As written",
    },
  },
};
