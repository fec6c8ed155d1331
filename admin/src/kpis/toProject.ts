import type { RaRecord } from "react-admin";

/** After saving a KPI, back to its project's page (where its KPIs are listed). */
export const toProject = (_resource?: string, _id?: unknown, data?: Partial<RaRecord>) =>
  data?.projectId ? `projects/${String(data.projectId)}` : "kpis";
