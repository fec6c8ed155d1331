// TypeScript types of the API for the admin, generated from the committed server/schema.graphql
// into admin/src/generated/graphql.ts (`pnpm schema` writes both). A few lines over graphql-js
// rather than graphql-codegen: the admin needs only the object, input and enum types, and no
// operation documents are typed. `--check` exits 1 when the committed file is stale (a unit test
// runs it).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from "graphql";

export const TYPES_FILE = "admin/src/generated/graphql.ts";

/** How each scalar reaches the admin (server/src/common/scalars.ts and json.scalar.ts). */
const SCALARS = {
  ID: "string",
  String: "string",
  Int: "number",
  Float: "number",
  Boolean: "boolean",
  DateTimeISO: "string",
  Decimal: "string",
  JSON: "unknown",
  Month: "string",
  Yen: "number",
  YenDifference: "number",
};
const ROOTS = new Set(["Query", "Mutation", "Subscription"]);

function typeOf(type) {
  if (isNonNullType(type)) return typeOf(type.ofType).replace(/ \| null$/, "");
  if (isListType(type)) {
    const item = typeOf(type.ofType);
    return `${item.includes("|") ? `(${item})` : item}[] | null`;
  }
  const name = getNamedType(type).name;
  if (isScalarType(type)) {
    if (!(name in SCALARS)) throw new Error(`graphql-types: no TypeScript type for scalar ${name}`);
    return `${SCALARS[name]} | null`;
  }
  return `${name} | null`;
}

function doc(description, indent) {
  if (!description) return [];
  const lines = description.split("\n").map((line) => line.replace(/\*\//g, "*\\/"));
  if (lines.length === 1) return [`${indent}/** ${lines[0]} */`];
  return [`${indent}/**`, ...lines.map((line) => `${indent} * ${line}`.trimEnd()), `${indent} */`];
}

function declaration(type) {
  const head = doc(type.description, "");
  if (isEnumType(type)) {
    const values = type.getValues().map((v) => `"${v.name}"`);
    return [...head, `export type ${type.name} = ${values.join(" | ")};`];
  }
  const input = isInputObjectType(type);
  const fields = Object.values(type.getFields()).flatMap((field) => {
    const optional = input && !isNonNullType(field.type) ? "?" : "";
    return [...doc(field.description, "  "), `  ${field.name}${optional}: ${typeOf(field.type)};`];
  });
  return [...head, `export interface ${type.name} {`, ...fields, "}"];
}

/** The TypeScript module for a schema in SDL, one declaration per type, sorted by name. */
export function graphqlTypes(sdl) {
  const schema = buildSchema(sdl);
  const types = Object.values(schema.getTypeMap())
    .filter((type) => !type.name.startsWith("__") && !ROOTS.has(type.name))
    .filter((type) => isObjectType(type) || isInputObjectType(type) || isEnumType(type))
    .sort((a, b) => a.name.localeCompare(b.name, "en"));
  const header = [
    "// Generated from server/schema.graphql by admin/scripts/graphql-types.mjs (`pnpm schema`).",
    "// Do not edit: change the server and run `pnpm schema`.",
  ];
  return `${[...header, ...types.map((type) => ["", ...declaration(type)].join("\n"))].join("\n")}\n`;
}

/** Writes the types when they differ from the file's; returns whether the file was stale. */
export function writeGraphqlTypes(repo, { check = false } = {}) {
  const sdl = fs.readFileSync(path.join(repo, "server/schema.graphql"), "utf8");
  const text = graphqlTypes(sdl);
  const file = path.join(repo, TYPES_FILE);
  const stale = !fs.existsSync(file) || fs.readFileSync(file, "utf8") !== text;
  if (stale && !check) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    console.log(`admin: wrote ${TYPES_FILE}`);
  }
  return stale;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
  const check = process.argv.includes("--check");
  if (writeGraphqlTypes(repo, { check }) && check) {
    console.error(`${TYPES_FILE} is stale: run \`pnpm schema\` and commit the result`);
    process.exit(1);
  }
}
