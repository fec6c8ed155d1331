import type { Api, GraphQLResult } from "../helpers/api";

/** The one coded error of a rejected request: code, argument path and both messages. */
export function errorOf(result: GraphQLResult) {
  expect(result.errors).toHaveLength(1);
  const [error] = result.errors!;
  return {
    code: error!.extensions.code,
    field: error!.extensions.field,
    message: error!.message,
    messageEn: error!.extensions.messageEn as string,
    extensions: error!.extensions,
  };
}

/** Rows of a type as the list convention counts them, to prove a rejection wrote nothing. */
export async function countOf(api: Api, meta: string, filter = ""): Promise<number> {
  const result = await api.query(`{ ${meta}${filter ? `(filter: ${filter})` : ""} { count } }`);
  expect(result.errors).toBeUndefined();
  return (result.data as Record<string, { count: number }>)[meta]!.count;
}
