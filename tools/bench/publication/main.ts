/**
 * `pnpm bench:publication [--reports 1800] [--pdfs 5] [--backend embedded|postgres]`: a
 * national fiscal year of synthetic reports (spread over 47 prefectures), then the
 * publication's work on it beside plain SQL: CSV and XLSX exports (time, size, peak memory),
 * the open-data JSON, the roll-up, an import dry run of the exported CSV, PDFs per report.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import {
  createPrismaClient,
  type Database,
  type PrismaClient,
} from "../../../server/src/db/database";
import { migrate } from "../../../server/src/db/migrate";
import { openEmbedded } from "../../../server/src/db/embedded-database";
import { createLogger } from "../../../server/src/log/logger";
import { openPostgres } from "../../../server/src/db/postgres-database";
import { exportCsv, exportXlsx, TABLE_NAMES } from "../../../server/src/io/export/export-files";
import { importFiles } from "../../../server/src/io/import/import-files";

/** The dry run compares as a user of every role and municipality (nothing is written). */
const EVERY_ROLE = {
  id: 0,
  roles: ["FINANCE", "EVALUATOR", "MANAGER", "ADMIN"],
  municipalityId: null,
} as const;
import { generateFiscalYear } from "../../synthetic/generate-reports";
import { writeReportsJson } from "../../../server/src/publication/open-data/open-data-json";
import { publishedReports } from "../../../server/src/publication/open-data/published";
import { reportPath, type Published } from "../../../server/src/publication/public-pages";
import { fiscalYearRollup } from "../../../server/src/publication/rollup/rollup";
import { nationalPage } from "../../../server/src/publication/rollup/rollup-pages";
import { findPostgresBinDir, startCluster, stopCluster } from "../../support/postgres-cluster";
import { measure, median } from "./measure";
import { benchPdfs } from "./pdfs";
import { exportRowsSql, rollupSql } from "./plain-sql";

const FY = 2030;
const log = (line: string) => console.log(line);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Counts bytes and keeps them only when asked (the import needs the CSV back). */
class Sink extends Writable {
  bytes = 0;
  chunks: Buffer[] | null;
  constructor(keep: boolean) {
    super();
    this.chunks = keep ? [] : null;
  }
  _write(chunk: Buffer | string, _e: string, done: () => void) {
    const b = Buffer.from(chunk);
    this.bytes += b.length;
    this.chunks?.push(b);
    done();
  }
}

async function prepare(prisma: PrismaClient, reports: number): Promise<void> {
  await generateFiscalYear(prisma, {
    fiscalYear: FY,
    reports,
    programsPerReport: 10,
    kpisPerReport: 3,
    municipalities: Math.max(1, Math.round(reports / 4)),
  });
  // Synthetic codes all start with 99; spread them over 47 prefectures for the roll-up.
  await prisma.$executeRaw`UPDATE "Municipality" SET "code" = lpad((1 + "id" % 47)::text, 2, '0') || lpad("id"::text, 4, '0'), "prefecture" = '合成県' || (1 + "id" % 47) WHERE "code" LIKE '99%'`;
}

async function leg(
  name: string,
  db: Database,
  options: { reports: number; pdfs: number },
): Promise<void> {
  await migrate(db.sql);
  const prisma = createPrismaClient(db);
  try {
    const generated = await measure(() => prepare(prisma, options.reports));
    log(
      `\n${name}: ${options.reports} reports × 10 programs × 3 KPIs generated in ${(generated.ms / 1000).toFixed(1)} s`,
    );
    const filter = { fiscalYear: FY, publishedOnly: false, reader: "system" as const };
    const csvFiles: Record<string, Buffer> = {};
    for (const table of TABLE_NAMES) {
      const sink = new Sink(true);
      const m = await measure(() => exportCsv(prisma, filter, table, sink));
      csvFiles[table] = Buffer.concat(sink.chunks!);
      log(
        `  export ${table}.csv: ${(m.ms / 1000).toFixed(2)} s, ${mb(sink.bytes)}, peak RSS +${m.peakRssGrowthMb.toFixed(0)} MB`,
      );
    }
    const xlsx = new Sink(false);
    const x = await measure(
      () =>
        new Promise<void>((resolve, reject) => {
          xlsx.on("finish", resolve);
          exportXlsx(prisma, filter, xlsx).catch(reject);
        }),
    );
    log(
      `  export .xlsx (3 sheets): ${(x.ms / 1000).toFixed(2)} s, ${mb(xlsx.bytes)}, peak RSS +${x.peakRssGrowthMb.toFixed(0)} MB`,
    );
    const sql = await median(3, () => exportRowsSql(prisma, FY));
    log(`  plain SQL, the same rows read (3 SELECTs, median of 3): ${(sql / 1000).toFixed(2)} s`);
    const json = new Sink(false);
    const j = await measure(() =>
      writeReportsJson(
        json as never,
        publishedReports(prisma, { fiscalYear: FY }),
        (r: Published) => reportPath(r),
      ),
    );
    log(
      `  open data JSON of the year: ${(j.ms / 1000).toFixed(2)} s, ${mb(json.bytes)}, peak RSS +${j.peakRssGrowthMb.toFixed(0)} MB`,
    );

    const rollup = await median(5, () => fiscalYearRollup(prisma, FY));
    const page = await median(5, async () => nationalPage(await fiscalYearRollup(prisma, FY)));
    const plain = await median(5, () => rollupSql(prisma, FY));
    log(
      `  roll-up (national + 47 prefectures, median of 5): ${rollup.toFixed(0)} ms; with the page ${page.toFixed(0)} ms; plain SQL GROUP BY ROLLUP ${plain.toFixed(0)} ms (ratio ${(page / plain).toFixed(1)}×)`,
    );

    const files = TABLE_NAMES.map((t) => ({ name: `${t}.csv`, bytes: csvFiles[t]! }));
    const dry = await measure(() =>
      importFiles(prisma, files, { actor: EVERY_ROLE, apply: false }),
    );
    log(
      `  import dry run of the exported CSV: ${(dry.ms / 1000).toFixed(1)} s, ${dry.value.counts.unchanged} unchanged, ${dry.value.errorCount} errors, peak RSS +${dry.peakRssGrowthMb.toFixed(0)} MB`,
    );

    if (options.pdfs > 0) await benchPdfs(prisma, FY, options.pdfs, log);
  } finally {
    await prisma.$disconnect();
    await db.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      reports: { type: "string", default: "1800" },
      pdfs: { type: "string", default: "5" },
      backend: { type: "string" },
    },
  });
  const options = { reports: Number(values.reports), pdfs: Number(values.pdfs) };
  log(`Sosei publication bench: ${options.reports} reports, Node ${process.version}`);
  if (values.backend !== "postgres") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sosei-bench-publication-"));
    try {
      await leg("embedded", await openEmbedded(dir, createLogger({ level: "warn" })), options);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  if (values.backend === "embedded") return;
  const binDir = findPostgresBinDir();
  if (!binDir) return log("postgres: skipped (no PostgreSQL server binaries)");
  const cluster = await startCluster(binDir);
  try {
    const admin = openPostgres(cluster.url("postgres"));
    await admin.sql.exec("CREATE DATABASE sosei_bench_publication");
    await admin.close();
    await leg("postgres", openPostgres(cluster.url("sosei_bench_publication")), options);
  } finally {
    stopCluster(cluster);
  }
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
