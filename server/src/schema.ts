import "reflect-metadata";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema, getMetadataStorage } from "type-graphql";
import { authChecker } from "./auth/auth-checker";
import { guardRootFields } from "./auth/root-fields";
import { HistoryResolver } from "./audit/history.resolver";
import { addCurrentToConflicts } from "./common/conflict-current";
import "./common/enums";
import { BudgetProgramResolver } from "./domain/budget-program/budget-program.resolver";
import { CategoryResolver } from "./domain/category/category.resolver";
import {
  EvaluationResolver,
  FuturePolicyResolver,
} from "./domain/report-part/report-part.resolver";
import { FiscalYearResolver } from "./domain/fiscal-year/fiscal-year.resolver";
import { GrantTypeResolver } from "./domain/grant-type/grant-type.resolver";
import { KpiValueResolver } from "./domain/kpi/kpi-value.resolver";
import { KpiResolver } from "./domain/kpi/kpi.resolver";
import { MunicipalityResolver } from "./domain/municipality/municipality.resolver";
import { ProjectResolver } from "./domain/project/project.resolver";
import { FiscalYearSummaryResolver } from "./domain/report/fiscal-year-summary.resolver";
import { ReportFieldsResolver } from "./domain/report/report-fields.resolver";
import { ReportResolver } from "./domain/report/report.resolver";
import { UserResolver } from "./domain/user/user.resolver";
import { WorkflowResolver } from "./workflow/workflow.resolver";

/** Every resolver of the API: the one place a domain object is registered. */
export const resolvers = [
  UserResolver,
  WorkflowResolver,
  HistoryResolver,
  MunicipalityResolver,
  FiscalYearResolver,
  GrantTypeResolver,
  CategoryResolver,
  ProjectResolver,
  KpiResolver,
  ReportResolver,
  ReportFieldsResolver,
  FiscalYearSummaryResolver,
  BudgetProgramResolver,
  KpiValueResolver,
  EvaluationResolver,
  FuturePolicyResolver,
] as const;

/**
 * A plain field reads its property (graphql-js's default resolver): type-graphql would wrap
 * each one in a resolver that only runs the field's middlewares and @Authorized roles, and
 * allocates on every row of every answer (a whole-FY page has about 100,000 such fields).
 * A field that declares either keeps its wrapper.
 */
function readPlainFieldsDirectly(): void {
  for (const field of getMetadataStorage().fields) {
    if (!field.roles?.length && !field.middlewares?.length) field.simple ??= true;
  }
}

export async function buildSoseiSchema(): Promise<GraphQLSchema> {
  readPlainFieldsDirectly();
  const schema = await buildSchema({ resolvers, validate: false, authChecker });
  addCurrentToConflicts(schema);
  // Outermost: the guards run before anything else of a root field.
  guardRootFields(schema);
  return schema;
}

/** The schema as SDL, sorted so that the committed server/schema.graphql diffs cleanly. */
export function printSoseiSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
