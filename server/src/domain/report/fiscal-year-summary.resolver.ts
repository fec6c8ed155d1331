import { Resolver } from "type-graphql";

// Filled in by the API issue.
@Resolver()
export class FiscalYearSummaryResolver {}
