import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";
import type { IntrospectionField, IntrospectionSchema } from "graphql";
import { CREATE, UPDATE, type DataProvider } from "ra-core";
import buildGraphQLSimple, { buildQuery } from "ra-data-graphql-simple";

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * What a create or update sends: only the mutation's own arguments (keys such as `projectId`,
 * never the nested `project` object a record was read with); on update only what changed
 * from the record as read, with its `version` for the optimistic lock.
 */
export function argumentsOf(
  mutation: IntrospectionField,
  data: Record<string, unknown>,
  previous?: Record<string, unknown>,
): Record<string, unknown> {
  const names = new Set(mutation.args.map((arg) => arg.name));
  const sent: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (!names.has(key) || key === "id" || key === "version") continue;
    if (!previous || !same(value, previous[key])) sent[key] = value;
  }
  if (data.version !== undefined && names.has("version")) sent.version = data.version;
  if (names.has("version") && sent.version === undefined && previous?.version !== undefined) {
    sent.version = previous.version;
  }
  return sent;
}

/**
 * ra-data-graphql-simple over the server's schema as built with the admin (no introspection
 * at run time: production turns it off). Lists ask for the fields given as `meta.sparseFields`.
 */
export function buildGraphQLProvider(uri: string, schema: IntrospectionSchema): DataProvider {
  const client = new ApolloClient({
    link: new HttpLink({ uri, credentials: "same-origin" }),
    cache: new InMemoryCache(),
  });
  return buildGraphQLSimple({
    client,
    introspection: { schema },
    buildQuery: (introspection) => {
      const build = buildQuery(introspection);
      return (fetchType, resource, params) => {
        if (fetchType !== CREATE && fetchType !== UPDATE) return build(fetchType, resource, params);
        const type = introspection.resources.find((r) => r.type.name === resource);
        const mutation = (type as Record<string, unknown> | undefined)?.[fetchType] as
          IntrospectionField | undefined;
        if (!mutation) return build(fetchType, resource, params);
        const data = argumentsOf(mutation, params.data, params.previousData);
        return build(fetchType, resource, { ...params, data });
      };
    },
  });
}
