// Runs `prisma generate` without Prisma's native schema engine, which cannot be
// downloaded here: generate never executes it, it only checks that the file exists.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};
const result = spawnSync("prisma", ["generate"], { cwd: root, env, stdio: "inherit", shell: true });
if (result.status !== 0) {
  console.error("prisma generate failed / prisma generate に失敗しました");
  process.exit(result.status ?? 1);
}
