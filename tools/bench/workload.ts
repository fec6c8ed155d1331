import { peerFyQuery, peerListQuery } from "./postgraphile-queries";
import type { RawRequest } from "./raw-server";

/** What one benchmarked operation sends: GraphQL documents and the raw-SQL equivalents. */
export const FY_PAGE_SIZE = 1000;
export const LIST_PAGE_SIZE = 25;

export const FISCAL_YEAR_QUERY = `query FiscalYear($fy: [ID!], $page: Int!) {
  allReports(filter: { fiscalYear: $fy }, page: $page, perPage: ${FY_PAGE_SIZE}, sortField: "id", sortOrder: "ASC") {
    id fiscalYear status version department moneyUnit
    statedBudgetTotal statedExpectedGrantTotal statedActualTotal statedActualGrantTotal
    programs { position name isPartial isNew budget expectedGrant actual actualGrant }
    kpis { position name baseline target unit direction value { value notMeasured } progress achieved }
    totals { budget { yen } expectedGrant { yen } actual { yen } actualGrant { yen } }
    evaluation { categoryText opinion }
    futurePolicy { categoryText reason }
  }
}`;

export const LIST_QUERY = `query List($fy: [ID!], $page: Int!) {
  allReports(filter: { fiscalYear: $fy }, page: $page, perPage: ${LIST_PAGE_SIZE}, sortField: "id", sortOrder: "ASC") {
    id fiscalYear status version department project { number name }
  }
  _allReportsMeta(filter: { fiscalYear: $fy }) { count }
}`;

export const VERSION_QUERY = `query Version($id: ID!) { Report(id: $id) { version } }`;

export const UPDATE_MUTATION = `mutation Update($id: ID!, $version: Int!, $department: String) {
  updateReport(id: $id, version: $version, department: $department) { id version department updatedAt }
}`;

/** Sosei, the plain-SQL reference, and the peer (PostGraphile 4). */
export type Impl = "graphql" | "raw" | "postgraphile";

export const graphqlBody = (query: string, variables: Record<string, unknown>) =>
  JSON.stringify({ query, variables });

export const rawBody = (request: RawRequest) => JSON.stringify(request);

export function fyBody(impl: Impl, fiscalYear: number, page: number): string {
  if (impl === "postgraphile") {
    const offset = page * FY_PAGE_SIZE;
    return graphqlBody(peerFyQuery(FY_PAGE_SIZE), { fy: fiscalYear, offset });
  }
  return impl === "graphql"
    ? graphqlBody(FISCAL_YEAR_QUERY, { fy: fiscalYear, page })
    : rawBody({ op: "fy", fiscalYear, page, perPage: FY_PAGE_SIZE });
}

/** One list page; the references are told to keep to published reports when Sosei would. */
export function listBody(impl: Impl, fiscalYear: number, page: number, signedIn: boolean): string {
  if (impl === "postgraphile") {
    const offset = page * LIST_PAGE_SIZE;
    return graphqlBody(peerListQuery(LIST_PAGE_SIZE, !signedIn), { fy: fiscalYear, offset });
  }
  return impl === "graphql"
    ? graphqlBody(LIST_QUERY, { fy: fiscalYear, page })
    : rawBody({
        op: "list",
        fiscalYear,
        page,
        perPage: LIST_PAGE_SIZE,
        publishedOnly: !signedIn,
      });
}

export function versionBody(impl: Impl, id: number): string {
  return impl === "graphql"
    ? graphqlBody(VERSION_QUERY, { id: String(id) })
    : rawBody({ op: "version", id });
}

export function updateBody(impl: Impl, id: number, version: number, department: string): string {
  return impl === "graphql"
    ? graphqlBody(UPDATE_MUTATION, { id: String(id), version, department })
    : rawBody({ op: "update", id, version, department });
}

interface GraphQLReply {
  data?: Record<string, { version?: number } | null> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** The version in a version read or update answer of either implementation; throws on errors. */
export function versionOf(impl: Impl, text: string): number {
  if (impl !== "graphql") return (JSON.parse(text) as { version: number }).version;
  const reply = JSON.parse(text) as GraphQLReply;
  if (reply.errors?.length) throw new Error(`GraphQL error: ${reply.errors[0].message}`);
  const value = reply.data?.Report ?? reply.data?.updateReport;
  if (typeof value?.version !== "number") throw new Error(`no version in ${text.slice(0, 200)}`);
  return value.version;
}

/** Throws when a GraphQL answer carries errors, so a broken query never passes as "fast". */
export function assertNoErrors(impl: Impl, text: string): void {
  if (impl === "raw") return;
  const reply = JSON.parse(text) as GraphQLReply;
  if (reply.errors?.length) {
    const { message, extensions } = reply.errors[0];
    throw new Error(`GraphQL error ${extensions?.code ?? ""}: ${message}`);
  }
}
