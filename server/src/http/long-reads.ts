import { Kind, parse, visit, type DocumentNode, type OperationTypeNode } from "graphql";
import { BoundedCache } from "../common/bounded-cache";

/** Pages larger than this, and the fiscal-year summary, are long reads. */
export const LONG_READ_PAGE = 100;
const WHOLE_YEAR_FIELDS = new Set(["fiscalYearSummary"]);

/** What decides where a document runs, read once per query string (see isLongRead). */
interface Shape {
  operations: { name?: string; type: OperationTypeNode }[];
  wholeYear: boolean;
  largestPerPage: number;
  /** Variables given as perPage: their values decide per request. */
  perPageVariables: string[];
}

function shapeOf(document: DocumentNode): Shape {
  const shape: Shape = {
    operations: [],
    wholeYear: false,
    largestPerPage: 0,
    perPageVariables: [],
  };
  for (const d of document.definitions) {
    if (d.kind === Kind.OPERATION_DEFINITION) {
      shape.operations.push({ name: d.name?.value, type: d.operation });
    }
  }
  visit(document, {
    Field(field) {
      if (WHOLE_YEAR_FIELDS.has(field.name.value)) shape.wholeYear = true;
    },
    Argument(argument) {
      if (argument.name.value !== "perPage") return;
      if (argument.value.kind === Kind.INT) {
        shape.largestPerPage = Math.max(shape.largestPerPage, Number(argument.value.value));
      } else if (argument.value.kind === Kind.VARIABLE) {
        shape.perPageVariables.push(argument.value.name.value);
      }
    },
  });
  return shape;
}

/** Parsing is most of the cost, and clients send the same few documents again and again. */
const SHAPES = new BoundedCache<string, Shape | null>(500);
/** Longer documents are parsed each time rather than kept. */
const CACHED_QUERY_CHARS = 20_000;

function cachedShape(query: string): Shape | null {
  const cached = SHAPES.get(query);
  if (cached !== undefined) return cached;
  let shape: Shape | null;
  try {
    shape = shapeOf(parse(query));
  } catch {
    shape = null; // a document that does not parse stays here for its error
  }
  if (query.length <= CACHED_QUERY_CHARS) SHAPES.set(query, shape);
  return shape;
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
  const shape = cachedShape(query);
  if (!shape) return false;
  // The operation Apollo will run: the named one, or the only one.
  const { operations } = shape;
  const chosen =
    typeof operationName === "string"
      ? operations.find((o) => o.name === operationName)
      : operations.length === 1
        ? operations[0]
        : undefined;
  if (chosen?.type !== "query") return false;
  if (shape.wholeYear || shape.largestPerPage > LONG_READ_PAGE) return true;
  const values = ((typeof variables === "object" && variables) || {}) as Record<string, unknown>;
  return shape.perPageVariables.some((name) => Number(values[name]) > LONG_READ_PAGE);
}
