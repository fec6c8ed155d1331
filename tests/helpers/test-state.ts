/** What the global setup prepared, handed to the test workers through the environment. */
export interface TestState {
  dir: string;
  pglite: { empty: string; seeded: string };
  postgres: { binDir: string; dir: string; asUser: string | null; adminUrl: string } | null;
}

export const STATE_VARIABLE = "SOSEI_TEST_STATE";

export function readTestState(): TestState {
  const raw = process.env[STATE_VARIABLE];
  if (!raw)
    throw new Error("tests/helpers/global-setup.ts did not run (SOSEI_TEST_STATE is unset)");
  return JSON.parse(raw) as TestState;
}

/** Template databases on the test cluster. */
export const TEMPLATES = {
  empty: "sosei_template_empty",
  seeded: "sosei_template_seeded",
} as const;
