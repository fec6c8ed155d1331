import { GraphQLScalarType } from "graphql";

/** Arbitrary JSON, output only (the history's field-level changes). */
export const JsonScalar = new GraphQLScalarType({
  name: "JSON",
  description: "Any JSON value (read-only)",
  serialize: (value) => value,
});
