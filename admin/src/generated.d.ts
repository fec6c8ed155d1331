/** Written by admin/scripts/introspection.mjs before each build (git-ignored). */
declare module "*/generated/introspection.json" {
  const schema: unknown;
  export default schema;
}
