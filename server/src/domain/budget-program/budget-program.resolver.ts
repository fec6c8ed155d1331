import { Resolver } from "type-graphql";
import { BudgetProgram } from "./budget-program.type";

// Filled in by the API issue.
@Resolver(() => BudgetProgram)
export class BudgetProgramResolver {}
