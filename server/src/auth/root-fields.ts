import {
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from "graphql";
import { assertCleanText, type Path } from "../common/validate";
import type { Context } from "../context";
import { requireActor } from "./guard";

/**
 * Root fields open to anonymous visitors; each returns only what it may (published reports).
 * Every other root field requires a sign-in, whether or not its resolver says so: a new
 * field is closed until it is listed here (deny by default).
 */
export const PUBLIC_ROOT_FIELDS: ReadonlySet<string> = new Set([
  "allReports",
  "_allReportsMeta",
  "Report",
  "allBudgetPrograms",
  "_allBudgetProgramsMeta",
  "BudgetProgram",
  "fiscalYearSummary",
  "me",
  "login",
  "logout",
]);

/** Every string inside an argument value, with its path (lists and input objects included). */
function checkStrings(value: unknown, type: GraphQLInputType, path: Path): void {
  if (value === null || value === undefined) return;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    (value as unknown[]).forEach((item, i) => checkStrings(item, inner.ofType, [...path, i]));
  } else if (isInputObjectType(inner)) {
    const fields = inner.getFields();
    for (const [name, item] of Object.entries(value as object)) {
      if (fields[name]) checkStrings(item, fields[name].type, [...path, name]);
    }
  } else if (typeof value === "string") {
    assertCleanText(value, path);
  }
}

/**
 * Wraps the resolver of every root field (only those: nested fields pay nothing): refuses
 * anonymous callers of non-public fields, and text that no field may hold (NUL, control
 * characters, broken UTF-16) in any argument, before the resolver runs.
 */
export function guardRootFields(schema: GraphQLSchema): void {
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      const resolve = field.resolve as GraphQLFieldResolver<unknown, Context>;
      const open = PUBLIC_ROOT_FIELDS.has(field.name);
      field.resolve = (source, args, ctx, info) => {
        if (!open) requireActor(ctx);
        for (const arg of field.args) {
          // Only strings need a look; enums, numbers and ids are checked by their types.
          if (getNamedType(arg.type).name === "Boolean") continue;
          checkStrings(args[arg.name], arg.type, [arg.name]);
        }
        return resolve(source, args, ctx, info);
      };
    }
  }
}
