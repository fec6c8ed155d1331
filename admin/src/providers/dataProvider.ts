import type { DataProvider } from "react-admin";
import { apiErrorOf, transportError, type GraphQLErrorLike } from "./apiError";

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

let loading: Promise<DataProvider> | undefined;

/** Apollo, graphql and ra-data-graphql-simple load with the first data request, not on the login page. */
function provider(): Promise<DataProvider> {
  loading ??= import("./graphqlProvider").then(
    (module) => module.buildGraphQLProvider(),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

function typeOf(resource: string): string {
  const type = RESOURCE_TYPES[resource];
  if (!type) throw new Error(`no GraphQL type for the resource "${resource}"`);
  return type;
}

/** The server's coded error (Apollo's wrapped in ra-data-graphql's HttpError) or a transport error. */
function normalized(error: unknown): unknown {
  const failure = error as {
    status?: number;
    body?: { graphQLErrors?: GraphQLErrorLike[] };
    name?: string;
  };
  if (failure?.body?.graphQLErrors?.length) return apiErrorOf(failure.body.graphQLErrors);
  if (failure?.name === "AbortError") return error;
  return transportError(failure?.status);
}

async function call<T>(run: (graphql: DataProvider) => Promise<T>): Promise<T> {
  try {
    return await run(await provider());
  } catch (error) {
    throw normalized(error);
  }
}

/**
 * The admin's data provider: ra-data-graphql-simple under react-admin's resource names.
 * Custom methods for what the list convention does not cover (workflow, saveReportPrograms)
 * are added here.
 */
export const dataProvider: DataProvider = {
  getList: (resource, params) => call((g) => g.getList(typeOf(resource), params)),
  getOne: (resource, params) => call((g) => g.getOne(typeOf(resource), params)),
  getMany: (resource, params) => call((g) => g.getMany(typeOf(resource), params)),
  getManyReference: (resource, params) => call((g) => g.getManyReference(typeOf(resource), params)),
  create: (resource, params) => call((g) => g.create(typeOf(resource), params)),
  update: (resource, params) => call((g) => g.update(typeOf(resource), params)),
  updateMany: (resource, params) => call((g) => g.updateMany(typeOf(resource), params)),
  delete: (resource, params) => call((g) => g.delete(typeOf(resource), params)),
  deleteMany: (resource, params) => call((g) => g.deleteMany(typeOf(resource), params)),
};
