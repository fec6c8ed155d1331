import type { Role } from "@sosei/server/auth/roles";
import type { ReportFieldKey } from "@sosei/server/domain/report/report-field-registry";
import type { TotalField } from "@sosei/server/rules/discrepancy";
import type * as Api from "./generated/graphql";

/**
 * Records as the admin reads them from the API: the generated types of server/schema.graphql
 * (`pnpm schema`), narrowed to the fields the admin's queries ask for. Only what the API does
 * not type (JSON, string codes the server checks) or the admin alone uses is written here.
 */

/** Some keys optional: rows and values the admin creates before the server has stored them. */
type WithOptional<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;

export type Amount = Pick<Api.Amount, "yen" | "display">;

export type BudgetProgram = WithOptional<
  Pick<
    Api.BudgetProgram,
    | "id"
    | "position"
    | "name"
    | "isPartial"
    | "isNew"
    | "summary"
    | "mainResults"
    | "budget"
    | "expectedGrant"
    | "actual"
    | "actualGrant"
  >,
  "id" | "position"
>;

export type KpiValue = WithOptional<
  Pick<Api.KpiValue, "id" | "value" | "notMeasured" | "asOf" | "asOfLabel" | "isReference">,
  "id" | "asOfLabel"
>;

export type ReportKpi = Omit<Api.ReportKpi, "targetMonthLabelLong" | "value"> & {
  value: KpiValue;
};

export type CategoryChoice = WithOptional<
  Pick<Api.Evaluation, "id" | "categoryId" | "categoryText">,
  "id"
>;

export type Evaluation = CategoryChoice & Pick<Api.Evaluation, "opinion">;

export type FuturePolicy = CategoryChoice & Pick<Api.FuturePolicy, "reason">;

export type ReviewComment = Pick<
  Api.ReviewComment,
  "id" | "authorName" | "kind" | "body" | "createdAt"
>;

export type Totals = { [K in keyof Api.ReportTotals]: Amount | null };

/** The API sends the field as a string; it is always one of the server's total fields. */
export type Discrepancy = Pick<Api.TotalDiscrepancy, "difference"> & {
  field: TotalField;
  stated: Amount;
  computed: Amount;
};

/** A report with every part: what the editor and the review page show. */
export type Report = Pick<
  Api.Report,
  | "id"
  | "version"
  | "status"
  | "revision"
  | "fiscalYear"
  | "fiscalYearLabel"
  | "projectId"
  | "municipalityId"
  | "publishedAt"
  | "updatedAt"
  | ReportFieldKey
  | "moneyUnit"
  | "projectName"
  | "jointApplicationNote"
  | "planFirstYear"
  | "planLastYear"
  | "kpiNameNote"
  | "actualsAsOf"
  | "actualsAsOfLabel"
  | "effectCategoryId"
  | "effectCategoryText"
  | "effectText"
  | "executionRate"
  | "allowedOperations"
> & {
  municipality: Pick<Api.Municipality, "id" | "name"> | null;
  programs: BudgetProgram[];
  kpis: ReportKpi[];
  evaluation: Evaluation | null;
  futurePolicy: FuturePolicy | null;
  totals: Totals;
  discrepancies: Discrepancy[];
  comments: ReviewComment[];
};

/** The API types the action as a string and the changes as JSON; the history trigger writes these. */
export type HistoryEntry = Pick<
  Api.HistoryEntry,
  "id" | "at" | "actorName" | "entity" | "entityId"
> & {
  action: "INSERT" | "UPDATE" | "DELETE";
  changes: Record<string, { before: unknown; after: unknown }>;
};

export type Category = Pick<
  Api.Category,
  "id" | "kind" | "label" | "explanation" | "rank" | "isActive" | "text"
>;

/** The signed-in user as the auth provider keeps it (react-admin's identity), not an API type. */
export interface Identity {
  id: string;
  fullName: string;
  roles: Role[];
  municipalityId: string | null;
}
