/** Import and export in tests: files from disk or strings, exports collected into buffers. */
import fs from "node:fs";
import path from "node:path";
import { Writable } from "node:stream";
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

export function importAll(
  prisma: PrismaClient,
  files: ImportFile[],
  options: { apply?: boolean; defaults?: ImportDefaults; municipalityId?: number | null } = {},
) {
  return importFiles(prisma, files, {
    defaults: options.defaults,
    apply: options.apply ?? true,
    scope: { municipalityId: options.municipalityId ?? null },
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
