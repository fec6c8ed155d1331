import { Resolver } from "type-graphql";
import { Evaluation } from "./evaluation.type";

// Filled in by the API issue.
@Resolver(() => Evaluation)
export class EvaluationResolver {}
