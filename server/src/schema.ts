import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { FiscalYearResolver } from "./domain/fiscal-year/fiscal-year.resolver";

export function buildSoseiSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: [FiscalYearResolver], validate: false });
}
