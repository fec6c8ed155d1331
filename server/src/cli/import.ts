/**
 * `pnpm run import <file>… [--apply]`: a dry run by default (what would be created or
 * changed, every problem with its place), and with --apply everything or nothing.
 * (`pnpm import` alone is pnpm's own command, hence `pnpm run import`.)
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Actor } from "../auth/permissions";
import type { PrismaClient } from "../db/database";
import { actingAs } from "../db/acting-client";
import { importFiles } from "../io/import/import-files";
import { printImportResult } from "../io/import/print-result";
import { parseFiscalYear } from "../rules";
import { usageError, withDatabase } from "./cli-database";
import { runMain } from "./run-main";

const USAGE = `usage: pnpm run import --as <login id> <file>… [--apply] [--archive-published] [--json]
  --as: the user the import acts as (their roles and municipality, as in the admin)
  --archive-published: earlier years' published reports, taken over as published (system administrator)
  for the source form's text, which does not state them:
  [--municipality 012041] [--year R2] [--grant-type 地方創生推進交付金] [--unit 千円|円]
  (an import never creates municipalities, fiscal years, grant types or category lists)`;

async function actorOf(prisma: PrismaClient, loginId: string): Promise<Actor | null> {
  const user = await prisma.user.findUnique({ where: { loginId } });
  return user?.isActive
    ? { id: user.id, roles: user.roles, municipalityId: user.municipalityId }
    : null;
}

runMain(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      apply: { type: "boolean", default: false },
      as: { type: "string" },
      "archive-published": { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      municipality: { type: "string" },
      year: { type: "string" },
      "grant-type": { type: "string" },
      unit: { type: "string" },
    },
  });
  if (positionals.length === 0) usageError(USAGE, "no file given");
  if (!values.as) usageError(USAGE, "--as <login id> is required: an import acts as a user");
  if (values.unit && values.unit !== "千円" && values.unit !== "円")
    usageError(USAGE, `--unit ${values.unit}: 千円 or 円`);
  const files = positionals.map((file) => ({
    name: path.basename(file),
    bytes: fs.readFileSync(file),
  }));
  const defaults = {
    municipality: values.municipality ? { code: values.municipality } : undefined,
    fiscalYear: values.year ? parseFiscalYear(values.year) : undefined,
    grantType: values["grant-type"],
    moneyUnit: values.unit ? (values.unit === "円" ? "YEN" : "THOUSAND_YEN") : undefined,
  } as const;
  const result = await withDatabase(async (prisma) => {
    const actor = await actorOf(prisma, values.as!);
    if (!actor) usageError(USAGE, `--as ${values.as}: no active user with this login id`);
    return importFiles(actingAs(prisma, actor.id), files, {
      defaults,
      actor,
      apply: values.apply!,
      archive: values["archive-published"],
    });
  });
  if (values.json) console.log(JSON.stringify(result, null, 2));
  else printImportResult(result, console.log);
  if (result.errorCount > 0) process.exitCode = 1;
});
