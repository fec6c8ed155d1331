import { HttpError, type DataProvider } from "ra-core";
import { apiErrorOf, transportError, type GraphQLErrorLike } from "./apiError";
import { GRAPHQL_URL } from "./graphqlRequest";

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

/** Apollo, graphql and ra-data-graphql-simple load with the first data request, not on the login page. */
function lazyProvider(uri: string): () => Promise<DataProvider> {
  let loading: Promise<DataProvider> | undefined;
  return () => {
    loading ??= import("./graphqlProvider").then(
      (module) => module.buildGraphQLProvider(uri),
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

/**
 * ra-data-graphql wraps every failure in an HttpError: the server's answer with errors (kept
 * as the server's coded error) or a transport failure. Anything else is a bug and passes on.
 */
function normalized(error: unknown): unknown {
  if (!(error instanceof HttpError)) return error;
  const graphQLErrors = (error.body as { graphQLErrors?: GraphQLErrorLike[] } | null)
    ?.graphQLErrors;
  if (graphQLErrors?.length) return apiErrorOf(graphQLErrors);
  return transportError(error.status);
}

/**
 * The admin's data provider: ra-data-graphql-simple under react-admin's resource names, with
 * the server's coded errors. Custom methods for what the list convention does not cover
 * (workflow, saveReportPrograms) are added here.
 */
export interface SoseiDataProvider extends DataProvider {
  /**
   * Loads the GraphQL layer and reads the schema ahead of the first list (after sign-in).
   * A promise, as react-admin's useDataProvider expects of every method; it never fails.
   */
  warmUp(): Promise<void>;
}

export function soseiDataProvider(uri = GRAPHQL_URL): SoseiDataProvider {
  const provider = lazyProvider(uri);
  async function call<T>(run: (graphql: DataProvider) => Promise<T>): Promise<T> {
    try {
      return await run(await provider());
    } catch (error) {
      throw normalized(error);
    }
  }
  return {
    getList: (resource, params) => call((g) => g.getList(typeOf(resource), params)),
    getOne: (resource, params) => call((g) => g.getOne(typeOf(resource), params)),
    getMany: (resource, params) => call((g) => g.getMany(typeOf(resource), params)),
    getManyReference: (resource, params) =>
      call((g) => g.getManyReference(typeOf(resource), params)),
    create: (resource, params) => call((g) => g.create(typeOf(resource), params)),
    update: (resource, params) => call((g) => g.update(typeOf(resource), params)),
    updateMany: (resource, params) => call((g) => g.updateMany(typeOf(resource), params)),
    delete: (resource, params) => call((g) => g.delete(typeOf(resource), params)),
    deleteMany: (resource, params) => call((g) => g.deleteMany(typeOf(resource), params)),
    async warmUp() {
      // A failure here shows again, with its message, on the first real request.
      await provider()
        .then((graphql) => graphql.getIntrospection?.())
        .catch(() => undefined);
    },
  };
}

export const dataProvider = soseiDataProvider();
