import { Resolver } from "type-graphql";
import { KpiValue } from "./kpi-value.type";

// Filled in by the API issue.
@Resolver(() => KpiValue)
export class KpiValueMutationResolver {}
