/**
 * The API's conventions, checked on the built schema so that a new type or field cannot
 * break them unnoticed: deny by default, the list convention of every type, the version of
 * every update, and relations declared before their keys (react-admin sends both back).
 */
import {
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
  execute,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  parse,
} from "graphql";
import { PUBLIC_ROOT_FIELDS } from "../../server/src/auth/root-fields";
import { buildSoseiSchema } from "../../server/src/schema";

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildSoseiSchema();
});

const SCALAR_SAMPLES: Record<string, string> = {
  ID: '"1"',
  Int: "1",
  Float: "1",
  String: '"x"',
  Boolean: "true",
  Yen: "1",
  Decimal: '"1"',
  Month: '"2020-04"',
};

/** A literal that fits `type`: required input fields filled, lists of one. */
function sample(type: GraphQLInputType): string {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return `[${sample(inner.ofType)}]`;
  if (isEnumType(inner)) return inner.getValues()[0].name;
  if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields()).filter((f) => isNonNullType(f.type));
    return `{${fields.map((f) => `${f.name}: ${sample(f.type)}`).join(", ")}}`;
  }
  if (isScalarType(inner) && SCALAR_SAMPLES[inner.name]) return SCALAR_SAMPLES[inner.name];
  throw new Error(`no sample for ${inner.toString()}`);
}

function call(
  name: string,
  args: readonly GraphQLArgument[],
  returnType: GraphQLInputType | unknown,
) {
  const required = args.filter((a) => isNonNullType(a.type));
  const list = required.length
    ? `(${required.map((a) => `${a.name}: ${sample(a.type)}`).join(", ")})`
    : "";
  const named = getNamedType(returnType as never);
  const selection = isObjectType(named) ? " { __typename }" : "";
  return `${name}${list}${selection}`;
}

describe("deny by default", () => {
  it("lists exactly these public root fields", () => {
    expect([...PUBLIC_ROOT_FIELDS].sort()).toEqual(
      [
        "BudgetProgram",
        "Report",
        "_allBudgetProgramsMeta",
        "_allReportsMeta",
        "allBudgetPrograms",
        "allReports",
        "fiscalYearSummary",
        "login",
        "logout",
        "me",
      ].sort(),
    );
  });

  it("refuses an anonymous caller of every other root field before its resolver runs", async () => {
    const roots = [
      ["query", schema.getQueryType()!],
      ["mutation", schema.getMutationType()!],
    ] as const;
    let checked = 0;
    for (const [operation, type] of roots) {
      for (const field of Object.values(type.getFields())) {
        if (PUBLIC_ROOT_FIELDS.has(field.name)) continue;
        const document = parse(`${operation} { ${call(field.name, field.args, field.type)} }`);
        // No database at all: a resolver that ran would fail differently.
        const result = await execute({ schema, document, contextValue: { actor: null } });
        expect({ field: field.name, code: result.errors?.[0]?.extensions.code }).toEqual({
          field: field.name,
          code: "UNAUTHENTICATED",
        });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(40);
  });
});

describe("the list convention (ra-data-graphql-simple)", () => {
  const listTypes = () =>
    Object.keys(schema.getQueryType()!.getFields())
      .filter((name) => /^all[A-Z]/.test(name))
      .map((name) => name.slice(3));

  it("covers every resource", () => {
    expect(listTypes().sort()).toEqual(
      [
        "BudgetPrograms",
        "Categories",
        "FiscalYears",
        "GrantTypes",
        "Kpis",
        "Municipalities",
        "Projects",
        "Reports",
        "Users",
      ].sort(),
    );
  });

  it.each([
    ["BudgetPrograms", "BudgetProgram"],
    ["Categories", "Category"],
    ["FiscalYears", "FiscalYear"],
    ["GrantTypes", "GrantType"],
    ["Kpis", "Kpi"],
    ["Municipalities", "Municipality"],
    ["Projects", "Project"],
    ["Reports", "Report"],
    ["Users", "User"],
  ])("%s: list, meta with the same arguments, get-one, id, filter ids and q", (plural, name) => {
    const query = schema.getQueryType()!.getFields();
    const argNames = (field: string) => query[field].args.map((a) => a.name).sort();
    const paging = ["filter", "page", "perPage", "sortField", "sortOrder"];
    expect(argNames(`all${plural}`)).toEqual(paging);
    expect(argNames(`_all${plural}Meta`)).toEqual(paging);
    expect(argNames(name)).toEqual(["id"]);
    const type = schema.getType(name);
    if (!isObjectType(type)) throw new Error(`${name} is not an object type`);
    expect(type.getFields().id.type.toString()).toBe("ID!");
    const filter = getNamedType(query[`all${plural}`].args.find((a) => a.name === "filter")!.type);
    if (!isInputObjectType(filter)) throw new Error("filter is not an input");
    expect(filter.getFields().ids.type.toString()).toBe("[ID!]");
    expect(filter.getFields().q.type.toString()).toBe("String");
  });

  it("every update carries the version, and every updatable type has one", () => {
    const mutations = Object.values(schema.getMutationType()!.getFields());
    const updates = mutations.filter((m) => /^update[A-Z]/.test(m.name));
    expect(updates.length).toBeGreaterThanOrEqual(10);
    for (const update of updates) {
      const version = update.args.find((a) => a.name === "version");
      expect({ update: update.name, version: version?.type.toString() }).toEqual({
        update: update.name,
        version: "Int!",
      });
      const returned = getNamedType(update.type);
      if (isObjectType(returned)) expect(returned.getFields().version).toBeDefined();
    }
  });
});

describe("records can be sent back as a client holds them", () => {
  it("declares every relation before its key, so the key a client edited wins", () => {
    const pairs: string[] = [];
    const late: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("__")) continue;
      const names = Object.keys(type.getFields());
      for (const [index, name] of names.entries()) {
        const relation = name.endsWith("Id") ? name.slice(0, -2) : null;
        if (!relation || !isObjectType(getNamedType(type.getFields()[relation]?.type))) continue;
        pairs.push(`${type.name}.${relation}`);
        if (names.indexOf(relation) > index) late.push(`${type.name}.${relation}`);
      }
    }
    expect(late).toEqual([]);
    expect(pairs.length).toBeGreaterThanOrEqual(8);
  });

  it("keys a client passes back are IDs", () => {
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("__")) continue;
      for (const [name, field] of Object.entries(type.getFields())) {
        // loginId is a user's name for signing in, not a key of another item.
        if (!/^[a-z]\w*Id$/.test(name) || name === "loginId") continue;
        expect(`${type.name}.${name}: ${getNamedType(field.type).name}`).toBe(
          `${type.name}.${name}: ID`,
        );
      }
    }
  });
});
