import { Resolver } from "type-graphql";
import { FuturePolicy } from "./future-policy.type";

// Filled in by the API issue.
@Resolver(() => FuturePolicy)
export class FuturePolicyResolver {}
