import { Resolver } from "type-graphql";
import { Category } from "./category.type";

// Filled in by the API issue.
@Resolver(() => Category)
export class CategoryResolver {}
