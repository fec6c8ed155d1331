import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { authChecker } from "./auth/auth-checker";
import "./common/enums";
import { BudgetProgramResolver } from "./domain/budget-program/budget-program.resolver";
import { CategoryResolver } from "./domain/category/category.resolver";
import { EvaluationResolver } from "./domain/evaluation/evaluation.resolver";
import { FiscalYearResolver } from "./domain/fiscal-year/fiscal-year.resolver";
import { FuturePolicyResolver } from "./domain/future-policy/future-policy.resolver";
import { GrantTypeResolver } from "./domain/grant-type/grant-type.resolver";
import { KpiValueMutationResolver } from "./domain/kpi/kpi-value-mutation.resolver";
import { KpiValueResolver } from "./domain/kpi/kpi-value.resolver";
import { KpiResolver } from "./domain/kpi/kpi.resolver";
import { MunicipalityResolver } from "./domain/municipality/municipality.resolver";
import { ProjectResolver } from "./domain/project/project.resolver";
import { UserResolver } from "./domain/user/user.resolver";
import { HistoryResolver } from "./audit/history.resolver";
import { WorkflowResolver } from "./workflow/workflow.resolver";
import { FiscalYearSummaryResolver } from "./domain/report/fiscal-year-summary.resolver";
import { ReportMutationResolver } from "./domain/report/report-mutation.resolver";
import { ReportResolver } from "./domain/report/report.resolver";

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
  ReportMutationResolver,
  FiscalYearSummaryResolver,
  BudgetProgramResolver,
  KpiValueResolver,
  KpiValueMutationResolver,
  EvaluationResolver,
  FuturePolicyResolver,
] as const;

export function buildSoseiSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, validate: false, authChecker });
}
