import { Resolver } from "type-graphql";
import { Municipality } from "./municipality.type";

// Filled in by the API issue.
@Resolver(() => Municipality)
export class MunicipalityResolver {}
