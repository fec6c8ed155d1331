import fs from "node:fs";
import path from "node:path";
import { ERROR_CODES } from "../../server/src/errors/codes";
import { REPO_ROOT } from "../../server/src/paths";

/** A client learns the codes from docs/api.md; every code the API answers is explained there. */
it("docs/api.md names every code of server/src/errors/codes.ts", () => {
  const doc = fs.readFileSync(path.join(REPO_ROOT, "docs", "api.md"), "utf8");
  const named = new Set([...doc.matchAll(/`([A-Z][A-Z_]+)`/g)].map((m) => m[1]));
  expect(ERROR_CODES.filter((code) => !named.has(code))).toEqual([]);
});
