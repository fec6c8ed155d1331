import { Kind, parse, visit, type DocumentNode, type OperationDefinitionNode } from "graphql";

/** Pages larger than this, and the fiscal-year summary, are long reads. */
export const LONG_READ_PAGE = 100;
const WHOLE_YEAR_FIELDS = new Set(["fiscalYearSummary"]);

function chosenOperation(document: DocumentNode, operationName: unknown) {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (typeof operationName === "string") {
    return operations.find((o) => o.name?.value === operationName);
  }
  return operations.length === 1 ? operations[0] : undefined;
}

/**
 * A query that builds a large answer (a whole fiscal year: hundreds of milliseconds of CPU)
 * goes to a query worker, so it never holds up the main thread, which answers everything
 * else at once. Only queries: they change nothing, so no in-memory state of the main thread
 * (login throttling) is bypassed. A document that does not parse stays here for its error.
 */
export function isLongRead(body: unknown): boolean {
  if (typeof body !== "object" || body === null) return false;
  const { query, operationName, variables } = body as Record<string, unknown>;
  if (typeof query !== "string") return false;
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch {
    return false;
  }
  if (chosenOperation(document, operationName)?.operation !== "query") return false;
  const values = (typeof variables === "object" && variables) || {};
  let long = false;
  visit(document, {
    Field(field) {
      if (WHOLE_YEAR_FIELDS.has(field.name.value)) long = true;
    },
    Argument(argument) {
      if (argument.name.value !== "perPage") return;
      const value =
        argument.value.kind === Kind.INT
          ? Number(argument.value.value)
          : argument.value.kind === Kind.VARIABLE
            ? Number((values as Record<string, unknown>)[argument.value.name.value])
            : 0;
      if (value > LONG_READ_PAGE) long = true;
    },
  });
  return long;
}
