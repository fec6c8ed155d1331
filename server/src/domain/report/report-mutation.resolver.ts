import { Resolver } from "type-graphql";
import { Report } from "./report.type";

// Filled in by the API issue.
@Resolver(() => Report)
export class ReportMutationResolver {}
