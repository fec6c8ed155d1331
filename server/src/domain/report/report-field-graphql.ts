import { Field } from "type-graphql";
import { YenScalar } from "../../common/scalars";
import type { ReportFieldEntry } from "./report-field-registry";

/**
 * A base class that gives a class the registry's fields as TypeScript properties, for a type
 * whose GraphQL fields declareRegistryFields adds (it holds no values and no metadata).
 */
export const registryProperties = <T>() => class {} as new () => T;

/**
 * Declares each registry entry as a nullable field of a GraphQL type or arguments class, as
 * the `@Field` decorator on a property would: the schema lists them after the class's own.
 */
export function declareRegistryFields(
  target: { prototype: object },
  entries: readonly ReportFieldEntry[],
): void {
  for (const f of entries) {
    const type = () => (f.kind === "yen" ? YenScalar : String);
    Field(type, { nullable: true, description: f.description })(target.prototype, f.key);
  }
}
