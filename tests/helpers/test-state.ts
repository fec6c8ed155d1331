/** What the global setup prepared, handed to the test workers through the environment. */
export interface ClusterState {
  adminUrl: string;
}

export interface TestState {
  dir: string;
  /** The embedded engine: a cluster started by Sosei's own code from the npm binaries. */
  embedded: ClusterState & { pgdata: string };
  /** An external PostgreSQL (Debian's binaries), reached through DATABASE_URL in production. */
  postgres: (ClusterState & { binDir: string; dir: string; asUser: string | null }) | null;
}

export const STATE_VARIABLE = "SOSEI_TEST_STATE";

export function readTestState(): TestState {
  const raw = process.env[STATE_VARIABLE];
  if (!raw)
    throw new Error("tests/helpers/global-setup.ts did not run (SOSEI_TEST_STATE is unset)");
  return JSON.parse(raw) as TestState;
}

/** Template databases on each test cluster. */
export const TEMPLATES = {
  empty: "sosei_template_empty",
  seeded: "sosei_template_seeded",
} as const;
