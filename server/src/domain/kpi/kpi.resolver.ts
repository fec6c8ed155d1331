import { Resolver } from "type-graphql";
import { Kpi } from "./kpi.type";

// Filled in by the API issue.
@Resolver(() => Kpi)
export class KpiResolver {}
