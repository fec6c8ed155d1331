// A driver adapter with no database behind it, for prisma-diff.cjs: Prisma 6's wasm engine
// wants one even for a diff of two schema files. It answers the engine's one probe (does the
// schema exist, which PostgreSQL) and refuses every other statement, so a diff that tried to
// read or write a database would fail loudly instead of diffing against nothing.
const PROBE = /^SELECT EXISTS\(SELECT 1 FROM pg_namespace WHERE nspname = \$1\), version\(\)/;

function refuse(query) {
  throw new Error(`offline diff: no database to run ${JSON.stringify(query.sql)}`);
}

async function queryRaw(query) {
  if (!PROBE.test(query.sql)) refuse(query);
  return {
    columnNames: ["exists", "version", "numeric_version"],
    columnTypes: [5, 7, 0], // boolean, text, int32 (Prisma's ColumnType codes)
    rows: [[true, "PostgreSQL 17.0", 170000]],
  };
}

const connection = {
  provider: "postgres",
  adapterName: "sosei-offline",
  queryRaw,
  executeRaw: async (query) => refuse(query),
  executeScript: async (script) => refuse({ sql: script }),
  startTransaction: async () => refuse({ sql: "BEGIN" }),
  getConnectionInfo: () => ({ schemaName: "public", supportsRelationJoins: true }),
  dispose: async () => {},
};

module.exports = {
  provider: "postgres",
  adapterName: "sosei-offline",
  connect: async () => connection,
  connectToShadowDb: async () => refuse({ sql: "shadow database" }),
};
