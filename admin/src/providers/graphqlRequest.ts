import { apiErrorOf, transportError, type GraphQLErrorLike } from "./apiError";

/** The API, on the admin's own origin (the session cookie is SameSite=Strict). */
export const GRAPHQL_URL = "/graphql";

/** One GraphQL request without Apollo: sign-in, identity, and the report's own operations. */
export async function graphqlRequest<T>(
  query: string,
  variables?: Record<string, unknown>,
  uri = GRAPHQL_URL,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(uri, {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw transportError(undefined);
  }
  const body = (await response.json().catch(() => null)) as {
    data?: T | null;
    errors?: GraphQLErrorLike[];
  } | null;
  if (body?.errors?.length) throw apiErrorOf(body.errors, response.status);
  if (!response.ok || !body?.data) throw transportError(response.status);
  return body.data;
}
