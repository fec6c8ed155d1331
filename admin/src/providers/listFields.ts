/**
 * What each list asks for (ra-data-graphql-simple's `meta.sparseFields`): the columns the
 * screens show, never every nested field (the whole Report type is ~100 KB per 25 rows).
 * A screen may ask for other fields with its own `meta.sparseFields`.
 */
export type SparseField = string | { [linked: string]: SparseField[] };

const amount: SparseField[] = ["yen", "display"];

export const LIST_FIELDS: Record<string, SparseField[]> = {
  reports: [
    "id",
    "version",
    "status",
    "revision",
    "fiscalYear",
    "fiscalYearLabel",
    "projectId",
    "projectName",
    "municipalityId",
    { municipality: ["id", "name"] },
    "moneyUnit",
    "updatedAt",
    {
      totals: [
        { budget: amount },
        { expectedGrant: amount },
        { actual: amount },
        { actualGrant: amount },
      ],
    },
    "executionRate",
    "allowedOperations",
    { evaluation: ["id", "opinion"] },
  ],
  projects: [
    "id",
    "version",
    "number",
    "name",
    "municipalityId",
    "grantTypeId",
    "planFirstYear",
    "planLastYear",
  ],
  kpis: [
    "id",
    "version",
    "projectId",
    "position",
    "name",
    "baseline",
    "target",
    "unit",
    "direction",
    "targetMonth",
    "targetMonthLabel",
  ],
  municipalities: ["id", "version", "code", "name", "prefecture"],
  "fiscal-years": ["id", "version", "year", "isOpen", "label"],
  "grant-types": ["id", "version", "code", "name", "kpiLimit", "position"],
  categories: ["id", "version", "kind", "label", "explanation", "rank", "isActive", "text"],
  users: ["id", "version", "loginId", "name", "email", "roles", "municipalityId", "isActive"],
};

/** A fresh copy each time: ra-data-graphql-simple deletes `sparseFields` from the meta it is given. */
export function listMeta(resource: string, meta?: Record<string, unknown>) {
  const fields = LIST_FIELDS[resource];
  if (!fields || meta?.sparseFields) return meta;
  return { ...meta, sparseFields: structuredClone(fields) };
}
