import { apiErrorOf, transportError, type GraphQLErrorLike } from "./apiError";

/** The API, on the admin's own origin (the session cookie is SameSite=Strict). */
export const GRAPHQL_URL = "/graphql";

/** One GraphQL request without Apollo, for sign-in and identity on the login page. */
export async function graphqlRequest<T>(
  query: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_URL, {
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
