/**
 * The list reader reads only the columns a query's fields need (list/read-plan.ts), from
 * what each resource declares. This proves the declarations: every field of every type,
 * asked alone, reads back exactly as when it is asked among all the others.
 */
import {
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isObjectType,
} from "graphql";
import { openApi, type Api } from "../helpers/api";
import { backends } from "../helpers/databases";

/** The type's scalar leaves, and one level of nested objects (a related resource by its id). */
function selectionOf(schema: GraphQLSchema, type: GraphQLObjectType, depth = 0): string {
  const fields = Object.values(type.getFields()).map((field) =>
    fieldSelection(schema, field, depth),
  );
  return fields.filter(Boolean).join(" ");
}

function fieldSelection(
  schema: GraphQLSchema,
  field: GraphQLField<unknown, unknown>,
  depth: number,
): string {
  if (field.args.some((a) => a.type.toString().endsWith("!"))) return "";
  const named = getNamedType(field.type);
  if (!isObjectType(named)) return field.name;
  if (depth >= 2) return `${field.name} { __typename }`;
  const isResource = schema.getQueryType()!.getFields()[named.name] !== undefined;
  return isResource
    ? `${field.name} { id }`
    : `${field.name} { ${selectionOf(schema, named, depth + 1)} }`;
}

const RESOURCES: [type: string, ids: string[]][] = [
  ["Report", ["1", "2", "3", "4", "5"]],
  ["Project", ["1", "3"]],
  ["Kpi", ["1", "10"]],
  ["BudgetProgram", ["1", "5"]],
  ["Municipality", ["1"]],
  ["FiscalYear", ["2019", "2020"]],
  ["GrantType", ["1", "3"]],
  ["Category", ["1", "5"]],
  ["User", ["1", "2"]],
];

describe.each(backends().map((b) => [b.name, b] as const))(
  "columns per field (%s)",
  (_, backend) => {
    let api: Api;
    let schema: GraphQLSchema;
    beforeAll(async () => {
      api = await openApi(backend, "seeded");
      schema = buildClientSchema((await api.query(getIntrospectionQuery())).data as never);
    });
    afterAll(() => api.close());

    it.each(RESOURCES)("%s: every field alone reads as among all", async (name, ids) => {
      const type = schema.getType(name) as GraphQLObjectType;
      const fields = Object.values(type.getFields())
        .map((field) => [field.name, fieldSelection(schema, field, 0)] as const)
        .filter(([, selection]) => selection);
      expect(fields.length).toBeGreaterThan(3);
      for (const id of ids) {
        const all = await api.query(
          `{ item: ${name}(id: "${id}") { ${selectionOf(schema, type)} } }`,
        );
        expect(all.errors).toBeUndefined();
        // Each field under its own alias: each alias is planned on its own. (At most 25 aliases
        // a request, below the endpoint's limit.)
        for (let from = 0; from < fields.length; from += 25) {
          const chunk = fields.slice(from, from + 25);
          const aliased = chunk.map(
            ([, selection], i) => `f${i}: ${name}(id: "${id}") { ${selection} }`,
          );
          const alone = await api.query(`{ ${aliased.join(" ")} }`);
          expect(alone.errors).toBeUndefined();
          chunk.forEach(([field], i) => {
            expect({ [field]: alone.data[`f${i}`][field] }).toEqual({
              [field]: all.data.item[field],
            });
          });
        }
      }
    });
  },
);
