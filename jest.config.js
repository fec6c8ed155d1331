/**
 * Three lanes: `unit` needs no database and runs in seconds (pnpm test:unit); `integration`
 * runs against the two PostgreSQL clusters the global setup starts; `system` runs the server
 * as a process or drives chromium (tests/ops, tests/e2e). `pnpm test` runs all three.
 */
const UNIT = [
  "tests/rules/**/*.test.ts",
  "tests/workflow/report-status.test.ts",
  "tests/common/**/*.test.ts",
  "tests/auth/password.test.ts",
  "tests/auth/permissions.test.ts",
  "tests/admin/can-access.test.ts",
  "tests/admin/generated-types.test.ts",
  "tests/admin/i18n.test.ts",
  "tests/admin/program-paste.test.ts",
  "tests/admin/program-rows.test.ts",
  "tests/api/schema-conventions.test.ts",
  "tests/api/schema-file.test.ts",
  "tests/api/field-registry.test.ts",
  "tests/server/config.test.ts",
  "tests/server/error-codes.test.ts",
  "tests/server/http-errors.test.ts",
];
const SYSTEM = ["tests/ops/**/*.test.ts", "tests/e2e/**/*.test.ts"];

const common = {
  testEnvironment: "node",
  rootDir: __dirname,
  // The admin's alias for the server modules it shares (admin/tsconfig.json, admin/vite.config.ts).
  moduleNameMapper: { "^@sosei/server/(.*)$": "<rootDir>/server/src/$1" },
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.json" }] },
};
const withDatabases = {
  ...common,
  globalSetup: "<rootDir>/tests/helpers/global-setup.ts",
  globalTeardown: "<rootDir>/tests/helpers/global-teardown.ts",
};
const under = (globs) => globs.map((glob) => `<rootDir>/${glob}`);

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 60_000,
  // Two files at a time: they mostly wait on PostgreSQL and chromium, and jest's default
  // (cores − 1) ran one at a time on the 2-core CI machine (jest 1,324 s → 888 s there).
  maxWorkers: 2,
  projects: [
    { ...common, displayName: "unit", testMatch: under(UNIT) },
    {
      ...withDatabases,
      displayName: "integration",
      testMatch: under(["tests/**/*.test.ts"]),
      testPathIgnorePatterns: ["/node_modules/", ...UNIT, ...SYSTEM].map(toPattern),
    },
    { ...withDatabases, displayName: "system", testMatch: under(SYSTEM) },
  ],
};

/** A glob of the lists above as a path pattern (testPathIgnorePatterns takes regexes). */
function toPattern(glob) {
  return glob.replace(/\./g, "\\.").replace("/**/*", "/.*").replace(/\*/g, "[^/]*");
}
