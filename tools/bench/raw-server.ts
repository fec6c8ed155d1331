import http from "node:http";
import type { AddressInfo } from "node:net";
import type { SqlDriver } from "../../server/src/db/sql-driver";

/**
 * The reference the GraphQL numbers are compared with: the same rows fetched with plain SQL
 * (the `pg` driver, on either engine), nested by hand and
 * JSON-encoded, served over the same loopback HTTP so both are timed the same way.
 * Nothing is computed here (no totals, progress or labels): it is the floor, not a rival API.
 */
export interface RawRequest {
  op: "fy" | "list" | "version" | "update";
  fiscalYear?: number;
  page?: number;
  perPage?: number;
  id?: number;
  version?: number;
  department?: string;
  /** The list as an anonymous visitor sees it. */
  publishedOnly?: boolean;
}

const json = (value: unknown) =>
  JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v));

type Row = Record<string, unknown>;

function groupBy(rows: Row[], key: string): Map<unknown, Row[]> {
  const groups = new Map<unknown, Row[]>();
  for (const row of rows) {
    const list = groups.get(row[key]);
    if (list) list.push(row);
    else groups.set(row[key], [row]);
  }
  return groups;
}

/** One page of the fiscal year with everything the whole-FY GraphQL query asks for. */
async function fiscalYearPage(q: Query, fy: number, page: number, perPage: number) {
  const reports = await q(
    `SELECT id, "projectId", "fiscalYear", status, version, department, "moneyUnit",
       "statedBudgetTotal", "statedExpectedGrantTotal", "statedActualTotal", "statedActualGrantTotal"
     FROM "Report" WHERE "fiscalYear" = $1 ORDER BY id LIMIT $2 OFFSET $3`,
    [fy, perPage, page * perPage],
  );
  const ids = reports.map((r) => r.id as number);
  const [programs, kpis, evaluations, policies] = [
    await q(
      `SELECT "reportId", position, name, "isPartial", "isNew", budget, "expectedGrant", actual, "actualGrant"
       FROM "BudgetProgram" WHERE "reportId" = ANY($1::int[]) ORDER BY "reportId", position`,
      [ids],
    ),
    await q(
      `SELECT "reportId", position, name, baseline, target, unit, direction, value, "notMeasured"
       FROM "KpiValue" WHERE "reportId" = ANY($1::int[]) ORDER BY "reportId", position`,
      [ids],
    ),
    await q(
      `SELECT "reportId", "categoryText", opinion FROM "Evaluation" WHERE "reportId" = ANY($1::int[])`,
      [ids],
    ),
    await q(
      `SELECT "reportId", "categoryText", reason FROM "FuturePolicy" WHERE "reportId" = ANY($1::int[])`,
      [ids],
    ),
  ];
  const byReport = [programs, kpis, evaluations, policies].map((rows) => groupBy(rows, "reportId"));
  return reports.map((report) => ({
    ...report,
    programs: byReport[0].get(report.id) ?? [],
    kpis: byReport[1].get(report.id) ?? [],
    evaluation: byReport[2].get(report.id)?.[0] ?? null,
    futurePolicy: byReport[3].get(report.id)?.[0] ?? null,
  }));
}

type Query = (sql: string, params: unknown[]) => Promise<Row[]>;

async function answer(q: Query, request: RawRequest): Promise<[number, unknown]> {
  const fy = request.fiscalYear ?? 0;
  switch (request.op) {
    case "fy":
      return [200, await fiscalYearPage(q, fy, request.page ?? 0, request.perPage ?? 1000)];
    case "list": {
      const perPage = request.perPage ?? 25;
      // Anonymous visitors see published reports, without their project's current row.
      const anonymous = request.publishedOnly;
      const published = anonymous ? `AND status = 'PUBLISHED'` : "";
      const rows = await q(
        `SELECT r.id, r."fiscalYear", r.status, r.version, r.department
           ${anonymous ? "" : `, p.number, p.name`}
         FROM "Report" r ${anonymous ? "" : `JOIN "Project" p ON p.id = r."projectId"`}
         WHERE r."fiscalYear" = $1 ${published} ORDER BY r.id LIMIT $2 OFFSET $3`,
        [fy, perPage, (request.page ?? 0) * perPage],
      );
      const [{ count }] = await q(
        `SELECT count(*) AS count FROM "Report" WHERE "fiscalYear" = $1 ${published}`,
        [fy],
      );
      return [200, { rows, count }];
    }
    case "version": {
      const [row] = await q(`SELECT version FROM "Report" WHERE id = $1`, [request.id]);
      return [row ? 200 : 404, row ?? null];
    }
    case "update": {
      // The same optimistic lock as updateReport: a stale version changes nothing.
      const [row] = await q(
        `UPDATE "Report" SET department = $3, version = version + 1, "updatedAt" = now()
         WHERE id = $1 AND version = $2 RETURNING id, version, department, "updatedAt"`,
        [request.id, request.version, request.department],
      );
      return [row ? 200 : 409, row ?? null];
    }
  }
}

/** Serves POST /raw with a RawRequest body on loopback; `counter.count` counts its statements. */
export async function startRawServer(
  sql: SqlDriver,
  counter: { count: number },
): Promise<{ url: string; close(): Promise<void> }> {
  const q: Query = (text, params) => {
    counter.count++;
    return sql.query<Row>(text, params);
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      answer(q, JSON.parse(Buffer.concat(chunks).toString("utf8")) as RawRequest).then(
        ([status, body]) => {
          res.writeHead(status, { "content-type": "application/json" }).end(json(body));
        },
        (error: Error) => res.writeHead(500).end(error.message),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/raw`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
