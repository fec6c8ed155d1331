import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";
import type { DocumentNode, FieldNode, IntrospectionField, OperationDefinitionNode } from "graphql";
import type { DataProvider } from "ra-core";
import buildGraphQLSimple, { buildQuery } from "ra-data-graphql-simple";

/**
 * Apollo reads a 400 answer (a variable that does not fit its type) as a transport failure
 * and drops its `errors`. Handing it on as an ordinary answer keeps their code and field.
 */
async function fetchKeepingGraphQLErrors(
  input: RequestInfo | URL,
  init?: RequestInit,
): Promise<Response> {
  const response = await fetch(input, init);
  if (response.status !== 400) return response;
  const text = await response.text();
  let hasErrors = false;
  try {
    hasErrors = Array.isArray((JSON.parse(text) as { errors?: unknown }).errors);
  } catch {
    // not a GraphQL answer: stays a 400
  }
  return new Response(text, { status: hasErrors ? 200 : 400, headers: response.headers });
}

/**
 * ra-data-graphql-simple gives `_allXMeta` the list's page and perPage too; the server may
 * not declare them. Each root field keeps only the arguments the schema declares for it.
 */
function onlyDeclaredArguments(document: DocumentNode, roots: IntrospectionField[]): DocumentNode {
  const declared = (field: FieldNode) => roots.find((root) => root.name === field.name.value);
  return {
    ...document,
    definitions: document.definitions.map((definition) => {
      if (definition.kind !== "OperationDefinition") return definition;
      const operation: OperationDefinitionNode = {
        ...definition,
        selectionSet: {
          ...definition.selectionSet,
          selections: definition.selectionSet.selections.map((selection) => {
            const root = selection.kind === "Field" ? declared(selection) : undefined;
            if (selection.kind !== "Field" || !root) return selection;
            const names = new Set(root.args.map((arg) => arg.name));
            return {
              ...selection,
              arguments: selection.arguments?.filter((arg) => names.has(arg.name.value)),
            };
          }),
        },
      };
      return operation;
    }),
  };
}

/** ra-data-graphql-simple over the server's schema, read by introspection on first use. */
export function buildGraphQLProvider(uri: string): DataProvider {
  const client = new ApolloClient({
    link: new HttpLink({
      uri,
      credentials: "same-origin",
      fetch: fetchKeepingGraphQLErrors,
    }),
    cache: new InMemoryCache(),
  });
  return buildGraphQLSimple({
    client,
    buildQuery: (introspection) => {
      const build = buildQuery(introspection);
      return (fetchType, resource, params) => {
        const query = build(fetchType, resource, params);
        // ra-data-graphql 5.15 types `queries` as object types; they are the root fields.
        const roots = introspection.queries as unknown as IntrospectionField[];
        return { ...query, query: onlyDeclaredArguments(query.query, roots) };
      };
    },
  });
}
