import { Resolver } from "type-graphql";
import { Project } from "./project.type";

// Filled in by the API issue.
@Resolver(() => Project)
export class ProjectResolver {}
