import type { IntrospectionSchema } from "graphql";
import { HttpError, type DataProvider, type UpdateParams } from "ra-core";
import type { BudgetProgram, HistoryEntry, Report, ReviewComment } from "../types";
import type * as Api from "../generated/graphql";
import { apiErrorOf, transportError, type GraphQLErrorLike } from "./apiError";
import { GRAPHQL_URL, graphqlRequest } from "./graphqlRequest";
import { listMeta } from "./listFields";
import * as documents from "./reportDocuments";
import type { ReportField, WorkflowStep } from "./reportDocuments";

/** React-admin resource (URL, folder and i18n key) → the API's GraphQL type. */
export const RESOURCE_TYPES: Record<string, string> = {
  reports: "Report",
  projects: "Project",
  kpis: "Kpi",
  "budget-programs": "BudgetProgram",
  municipalities: "Municipality",
  "fiscal-years": "FiscalYear",
  "grant-types": "GrantType",
  categories: "Category",
  users: "User",
};

/** What the editor sends for each KPI: every field of the API's input, absent ones as null. */
export type KpiValueInput = Required<Api.KpiValueInput>;

/** A part's category: only the fields given change (the text follows a new entry on the server). */
export interface CategoryInput {
  categoryId?: string | null;
  categoryText?: string | null;
}

/**
 * The admin's data provider: ra-data-graphql-simple under react-admin's resource names, with
 * the server's coded errors, plus what the list convention does not cover: a report is read
 * and written whole (its parts through named mutations), and the workflow's steps.
 */
export interface SoseiDataProvider extends DataProvider {
  /** Loads the GraphQL layer ahead of the first list (after sign-in); never fails. */
  warmUp(): Promise<void>;
  /** Any other read (dashboard figures, a project's trend): `data` of the answer. */
  query<T>(document: string, variables?: Record<string, unknown>): Promise<T>;
  updateReport(
    id: string,
    version: number,
    fields: Partial<Record<ReportField, unknown>>,
  ): Promise<Report>;
  saveReportPrograms(reportId: string, version: number, programs: BudgetProgram[]): Promise<Report>;
  saveReportKpiValues(reportId: string, version: number, values: KpiValueInput[]): Promise<Report>;
  updateEvaluation(
    reportId: string,
    version: number,
    input: CategoryInput & { opinion?: string | null },
  ): Promise<Report>;
  updateFuturePolicy(
    reportId: string,
    version: number,
    input: CategoryInput & { reason?: string | null },
  ): Promise<Report>;
  /** `reason`: a return's reason, or a submission's acknowledgement of a 合計 difference. */
  workflow(step: WorkflowStep, id: string, version: number, reason?: string): Promise<Report>;
  addReviewComment(reportId: string, body: string): Promise<ReviewComment>;
  reportHistory(reportId: string): Promise<HistoryEntry[]>;
}

export interface ProviderOptions {
  uri?: string;
  /** The server's schema as introspection JSON; by default the one built with the admin. */
  schema?: () => Promise<IntrospectionSchema>;
}

const builtSchema = () =>
  import("../../generated/introspection.json").then((m) => m.default as IntrospectionSchema);

/** Apollo, graphql and ra-data-graphql-simple load with the first data request, not on the login page. */
function lazyProvider(uri: string, schema: () => Promise<IntrospectionSchema>) {
  let loading: Promise<DataProvider> | undefined;
  return () => {
    loading ??= Promise.all([import("./graphqlProvider"), schema()]).then(
      ([module, introspection]) => module.buildGraphQLProvider(uri, introspection),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
}

function typeOf(resource: string): string {
  const type = RESOURCE_TYPES[resource];
  if (!type) throw new Error(`no GraphQL type for the resource "${resource}"`);
  return type;
}

/** ra-data-graphql's HttpError → the server's coded error, or a transport failure. */
function normalized(error: unknown): unknown {
  if (!(error instanceof HttpError) || (error.body as { code?: unknown })?.code) return error;
  const graphQLErrors = (error.body as { graphQLErrors?: GraphQLErrorLike[] } | null)
    ?.graphQLErrors;
  if (graphQLErrors?.length) return apiErrorOf(graphQLErrors);
  return transportError(error.status);
}

/** Program fields saveReportPrograms takes (the read-only id and position stay behind). */
function programInput(p: BudgetProgram) {
  const {
    name,
    isPartial,
    isNew,
    summary,
    mainResults,
    budget,
    expectedGrant,
    actual,
    actualGrant,
  } = p;
  return {
    name,
    isPartial,
    isNew,
    summary,
    mainResults,
    budget,
    expectedGrant,
    actual,
    actualGrant,
  };
}

/** A record of react-admin's generic result type, which the report's own shape is. */
const one = async (answer: Promise<unknown>) => ({ data: (await answer) as never });

export function soseiDataProvider(options: ProviderOptions = {}): SoseiDataProvider {
  const uri = options.uri ?? GRAPHQL_URL;
  const provider = lazyProvider(uri, options.schema ?? builtSchema);
  async function call<T>(run: (graphql: DataProvider) => Promise<T>): Promise<T> {
    try {
      return await run(await provider());
    } catch (error) {
      throw normalized(error);
    }
  }
  const request = <T>(query: string, variables?: Record<string, unknown>) =>
    graphqlRequest<{ data: T }>(query, variables, uri).then((answer) => answer.data);
  const updateReport = (
    id: string,
    version: number,
    fields: Partial<Record<ReportField, unknown>>,
  ) =>
    request<Report>(documents.updateReportDocument(Object.keys(fields) as ReportField[]), {
      id,
      version,
      ...fields,
    });

  const list: Pick<DataProvider, "getList" | "getMany" | "getManyReference"> = {
    getList: (resource, params) =>
      call((g) =>
        g.getList(typeOf(resource), { ...params, meta: listMeta(resource, params.meta) }),
      ),
    getMany: (resource, params) =>
      call((g) =>
        g.getMany(typeOf(resource), { ...params, meta: listMeta(resource, params.meta) }),
      ),
    getManyReference: (resource, params) =>
      call((g) =>
        g.getManyReference(typeOf(resource), { ...params, meta: listMeta(resource, params.meta) }),
      ),
  };
  return {
    ...list,
    async getOne(resource, params) {
      if (resource !== "reports") return call((g) => g.getOne(typeOf(resource), params));
      return one(request<Report>(documents.GET_REPORT, { id: String(params.id) }));
    },
    async create(resource, params) {
      if (resource !== "reports") return call((g) => g.create(typeOf(resource), params));
      return one(request<Report>(documents.CREATE_REPORT, params.data));
    },
    async update(resource, params: UpdateParams) {
      if (resource !== "reports") return call((g) => g.update(typeOf(resource), params));
      const fields = Object.fromEntries(
        documents.REPORT_FIELDS.filter((f) => f in params.data).map((f) => [f, params.data[f]]),
      );
      return one(updateReport(String(params.id), params.data.version, fields));
    },
    updateMany: (resource, params) => call((g) => g.updateMany(typeOf(resource), params)),
    async delete(resource, params) {
      if (resource !== "reports") return call((g) => g.delete(typeOf(resource), params));
      const version = params.previousData?.version;
      return one(request(documents.DELETE_REPORT, { id: String(params.id), version }));
    },
    deleteMany: (resource, params) => call((g) => g.deleteMany(typeOf(resource), params)),
    async warmUp() {
      // A failure here shows again, with its message, on the first real request.
      await provider().catch(() => undefined);
    },
    query: (document, variables) => graphqlRequest(document, variables, uri),
    updateReport,
    saveReportPrograms: (reportId, version, programs) =>
      request(documents.SAVE_PROGRAMS, { reportId, version, programs: programs.map(programInput) }),
    saveReportKpiValues: (reportId, version, values) =>
      request(documents.SAVE_KPI_VALUES, { reportId, version, values }),
    updateEvaluation: (reportId, version, input) =>
      request(documents.UPDATE_EVALUATION, { reportId, version, ...input }),
    updateFuturePolicy: (reportId, version, input) =>
      request(documents.UPDATE_FUTURE_POLICY, { reportId, version, ...input }),
    workflow: (step, id, version, reason) =>
      request(documents.WORKFLOW[step], step === "revise" ? { id } : { id, version, reason }),
    addReviewComment: (reportId, body) => request(documents.ADD_COMMENT, { reportId, body }),
    reportHistory: (reportId) => request(documents.HISTORY, { reportId }),
  };
}

export const dataProvider = soseiDataProvider();
