import { Resolver } from "type-graphql";
import { GrantType } from "./grant-type.type";

// Filled in by the API issue.
@Resolver(() => GrantType)
export class GrantTypeResolver {}
