import { openPostgres } from "../../server/src/db/postgres-database";
import { embeddedUrl, signedIn } from "./server-process";

const UPDATE = `mutation Update($id: ID!, $version: Int!, $department: String) {
  updateReport(id: $id, version: $version, department: $department) { version department }
}`;

/** One writer per report: each acknowledged write n set department to `w-<n>`. */
export interface WriteLog {
  /** Highest n acknowledged (HTTP 200, no errors) per report id. */
  acknowledged: Map<number, number>;
  /** Every outcome that was not an acknowledged write, as text. */
  failures: string[];
  total: number;
}

/** The seeded reports are published; writes need drafts. Returns the report ids and versions. */
export async function draftReports(dataDir: string): Promise<{ id: number; version: number }[]> {
  const db = openPostgres(embeddedUrl(dataDir));
  try {
    await db.sql.exec(`UPDATE "Report" SET "status" = 'DRAFT'`);
    return await db.sql.query<{ id: number; version: number }>(
      `SELECT "id", "version" FROM "Report" ORDER BY "id"`,
    );
  } finally {
    await db.close();
  }
}

/**
 * Writes as fast as the server answers, one sequential writer per report, until stop()
 * (or until the server is gone). `onResult` sees every outcome.
 */
export function startWriting(
  base: string,
  reports: { id: number; version: number }[],
  onError: (report: number, error: unknown) => "stop" | "continue" = () => "stop",
) {
  const log: WriteLog = { acknowledged: new Map(), failures: [], total: 0 };
  let stopped = false;
  const done = (async () => {
    const run = await signedIn(base);
    await Promise.all(
      reports.map(async (report) => {
        let version = report.version;
        for (let n = 1; !stopped; n++) {
          try {
            const { body } = await run(UPDATE, {
              id: String(report.id),
              version,
              department: `w-${n}`,
            });
            log.total++;
            if (body.errors) {
              log.failures.push(JSON.stringify(body.errors[0].extensions?.code ?? body.errors[0]));
              if (onError(report.id, body.errors) === "stop") return;
              continue;
            }
            version = body.data.updateReport.version;
            log.acknowledged.set(report.id, n);
          } catch (error) {
            log.total++;
            const cause = (error as { cause?: { code?: string } }).cause;
            log.failures.push(cause?.code ?? String(error));
            if (onError(report.id, error) === "stop") return;
          }
        }
      }),
    );
  })();
  return {
    log,
    async stop() {
      stopped = true;
      await done;
    },
    done,
  };
}

/** department numbers stored now, per report. */
export async function storedWrites(url: string): Promise<Map<number, number>> {
  const db = openPostgres(url);
  try {
    const rows = await db.sql.query<{ id: number; department: string | null }>(
      `SELECT "id", "department" FROM "Report"`,
    );
    return new Map(
      rows.map((row) => [row.id, Number(/^w-(\d+)$/.exec(row.department ?? "")?.[1] ?? 0)]),
    );
  } finally {
    await db.close();
  }
}
