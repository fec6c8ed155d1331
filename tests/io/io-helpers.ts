/** Import and export in tests: files from disk or strings, exports collected into buffers. */
import fs from "node:fs";
import path from "node:path";
import { Writable } from "node:stream";
import type { Api } from "../helpers/api";
import { baseOf } from "../helpers/http";
import type { Actor } from "../../server/src/auth/permissions";
import type { Role } from "../../server/src/auth/roles";
import { actingAs } from "../../server/src/db/acting-client";
import type { PrismaClient } from "../../server/src/db/database";
import { exportCsv, exportXlsx, TABLE_NAMES } from "../../server/src/io/export/export-files";
import type { ExportFilter } from "../../server/src/io/export/export-query";
import { importFiles, type ImportFile } from "../../server/src/io/import/import-files";
import type { ImportDefaults } from "../../server/src/io/import/import-model";
import type { TableName } from "../../server/src/io/tables/part-columns";

export const SOURCE_FILE = path.resolve(__dirname, "../../seeds/source/asahikawa-fy2020.txt");
export const FIXTURES = path.resolve(__dirname, "fixtures");

/** What the source form does not state: Asahikawa City, the grant type, 千円. */
export const ASAHIKAWA: ImportDefaults = {
  municipality: { code: "012041", name: "旭川市", prefecture: "北海道" },
  grantType: "地方創生推進交付金",
  moneyUnit: "THOUSAND_YEN",
};

export const fileFrom = (file: string, name = path.basename(file)): ImportFile => ({
  name,
  bytes: fs.readFileSync(file),
});
export const fileOf = (name: string, text: string | Uint8Array): ImportFile => ({
  name,
  bytes: typeof text === "string" ? Buffer.from(text, "utf8") : text,
});

/** A user to import as: roles within one municipality (by code) or, without one, all. */
export async function userOf(
  prisma: PrismaClient,
  roles: Role[],
  municipalityCode?: string,
): Promise<Actor> {
  const municipality = municipalityCode
    ? await prisma.municipality.findUniqueOrThrow({ where: { code: municipalityCode } })
    : null;
  const user = await prisma.user.create({
    data: {
      loginId: `import-${roles.join("-").toLowerCase()}-${Math.random().toString(36).slice(2, 8)}`,
      name: `取込 ${roles.join("・")}`,
      passwordHash: "-",
      email: `${Math.random().toString(36).slice(2, 10)}@import.test`,
      roles,
      municipalityId: municipality?.id ?? null,
    },
  });
  return { id: user.id, roles, municipalityId: user.municipalityId };
}

/** Imports as `actor`, recorded as them in the history (as the HTTP route does). */
export function importAll(
  prisma: PrismaClient,
  files: ImportFile[],
  options: { apply?: boolean; defaults?: ImportDefaults; actor: Actor; archive?: boolean },
) {
  return importFiles(actingAs(prisma, options.actor.id), files, {
    defaults: options.defaults,
    apply: options.apply ?? true,
    actor: options.actor,
    archive: options.archive,
  });
}

class Collect extends Writable {
  chunks: Buffer[] = [];
  _write(chunk: Buffer | string, _enc: string, done: () => void) {
    this.chunks.push(Buffer.from(chunk));
    done();
  }
  get bytes() {
    return Buffer.concat(this.chunks);
  }
}

const SYSTEM: ExportFilter = { fiscalYear: 2020, publishedOnly: false, reader: "system" };

export async function exportCsvFiles(
  prisma: PrismaClient,
  filter: ExportFilter = SYSTEM,
): Promise<Record<TableName, Buffer>> {
  const out = {} as Record<TableName, Buffer>;
  for (const table of TABLE_NAMES) {
    const sink = new Collect();
    await exportCsv(prisma, filter, table, sink);
    out[table] = sink.bytes;
  }
  return out;
}

export async function exportXlsxFile(
  prisma: PrismaClient,
  filter: ExportFilter = SYSTEM,
): Promise<Buffer> {
  const sink = new Collect();
  await new Promise<void>((resolve, reject) => {
    sink.on("finish", resolve);
    exportXlsx(prisma, filter, sink).catch(reject);
  });
  return sink.bytes;
}

/**
 * The master data of the seeded database (municipalities, fiscal years, category lists,
 * grant types) copied into an empty one: what the system administrator registers before
 * anyone imports, since an import never creates them.
 */
export async function copyMasterData(from: PrismaClient, to: PrismaClient): Promise<void> {
  await to.municipality.createMany({ data: await from.municipality.findMany() });
  await to.fiscalYear.createMany({ data: await from.fiscalYear.findMany() });
  await to.category.createMany({ data: await from.category.findMany() });
  await to.grantType.createMany({ data: await from.grantType.findMany() });
}

/** What the system administrator registers (copyMasterData). */
export const MASTER_TABLES = ["Municipality", "FiscalYear", "Category", "GrantType"] as const;

/** Report tables and projects only: what an import may write. */
export const REPORT_TABLES = [
  "Project",
  "Kpi",
  "Report",
  "BudgetProgram",
  "KpiValue",
  "Evaluation",
  "FuturePolicy",
] as const;

/** POST /api/import with the files as multipart/form-data, as the admin sends them. */
export function upload(
  api: Api,
  query: string,
  files: { name: string; bytes: Buffer }[],
  cookie?: string,
) {
  const form = new FormData();
  for (const f of files) form.append("file", new Blob([new Uint8Array(f.bytes)]), f.name);
  return fetch(`${baseOf(api)}/api/import${query}`, {
    method: "POST",
    body: form,
    // The header a client outside the browser sends to /api/* (server/src/http/request-guards.ts).
    headers: { "x-sosei-request": "1", ...(cookie ? { cookie } : {}) },
  });
}
