/**
 * Both doors, one rule: every role × report status × part is tried over GraphQL and through
 * the import (an XLSX export with that part changed, as the same user), and both must end
 * the same way: allowed, or refused with the same code. Each file is exported just before, so
 * that it differs from the database only in that part. One door is narrower by design: roles
 * outside IMPORT_ROLES (evaluators, managers) are refused the import itself (FORBIDDEN), so an
 * evaluator enters ⑦ in the admin only.
 */
import ExcelJS from "exceljs";
import { openApi, type Api, type Client } from "../helpers/api";
import { backends } from "../helpers/databases";
import { baseOf, cookieOf } from "../helpers/http";
import type { FileImportResult } from "../../server/src/io/import/import-files";
import { IMPORT_ROLES } from "../../server/src/auth/permissions";
import type { Role } from "../../server/src/auth/roles";
import { upload } from "./io-helpers";

const ROLES = ["finance", "evaluator", "manager", "admin"] as const;
const STATUSES = ["DRAFT", "RETURNED", "IN_REVIEW", "APPROVED", "PUBLISHED"] as const;

interface Part {
  name: string;
  /** The XLSX change: sheet, column, new value from the old (first row of report 1). */
  cell: [string, string, (old: ExcelJS.CellValue) => ExcelJS.CellValue];
  /** The GraphQL mutation of the same part. */
  mutation: (id: string, version: number) => string;
}

let api: Api;
let reportId: string;
let programs: Record<string, unknown>[];
let kpiId: string;
const clients: Partial<Record<(typeof ROLES)[number], { client: Client; cookie: string }>> = {};

const PARTS: Part[] = [
  {
    name: "③ overview (finance)",
    cell: ["報告", "全体概要", () => "取り込みの概要"],
    mutation: (id, v) => `updateReport(id: ${id}, version: ${v}, overview: "APIの概要") { id }`,
  },
  {
    name: "④ programs (finance)",
    cell: ["予算事業", "実績額", (old) => Number(old) + 2],
    mutation: (id, v) => {
      const [first, ...rest] = programs;
      const changed = [{ ...first, actual: Number(first!.actual) + 1000 }, ...rest];
      const input = JSON.stringify(changed).replace(/"(\w+)":/g, "$1:");
      return `saveReportPrograms(reportId: ${id}, version: ${v}, programs: ${input}) { id }`;
    },
  },
  {
    name: "⑤ KPI value (finance)",
    cell: ["KPI", "最新値", () => 4321],
    mutation: (id, v) =>
      `saveReportKpiValues(reportId: ${id}, version: ${v}, values: [{ kpiId: ${kpiId}, value: "1234" }]) { id }`,
  },
  {
    name: "⑦ evaluation (evaluator)",
    cell: ["報告", "外部有識者からの意見", () => "取り込みの意見"],
    mutation: (id, v) =>
      `updateEvaluation(reportId: ${id}, version: ${v}, opinion: "APIの意見") { id }`,
  },
  {
    name: "⑧ future policy (finance)",
    cell: ["報告", "今後の方針の理由", () => "取り込みの理由"],
    mutation: (id, v) =>
      `updateFuturePolicy(reportId: ${id}, version: ${v}, reason: "APIの理由") { id }`,
  },
];

beforeAll(async () => {
  api = await openApi(backends()[0]!, "seeded");
  for (const role of ROLES)
    clients[role] = { client: await api.login(role), cookie: await cookieOf(api, role) };
  const found = await api.query(
    `{ allReports(filter: { q: "大雪カムイミントラ" }) { id programs { name isPartial isNew summary mainResults budget expectedGrant actual actualGrant } kpis { value { kpiId } } } }`,
  );
  const report = found.data.allReports[0];
  reportId = report.id;
  programs = report.programs;
  kpiId = String(report.kpis[0].value.kpiId);
});
afterAll(() => api?.close());

async function setStatus(status: string): Promise<number> {
  const [row] = await api.db.sql.query<{ version: number }>(
    `UPDATE "Report" SET "status" = $1::"ReportStatus", "submittedById" = NULL, "amountsEditedById" = NULL
      WHERE "id" = $2 RETURNING "version"`,
    [status, Number(reportId)],
  );
  return row!.version;
}

async function viaGraphQL(role: (typeof ROLES)[number], part: Part, version: number) {
  const result = await clients[role]!.client.query(
    `mutation { ${part.mutation(reportId, version)} }`,
  );
  return (result.errors?.[0]?.extensions.code as string | undefined) ?? "OK";
}

/** The export as it is now, with the part's cell of report 1 changed. */
async function fileFor(part: Part): Promise<Buffer> {
  const response = await fetch(`${baseOf(api)}/api/exports/2020.xlsx`, {
    // A client outside the browser names itself (server/src/http/request-guards.ts).
    headers: { cookie: clients.finance!.cookie, "x-sosei-request": "1" },
  });
  expect(response.status).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await response.arrayBuffer());
  const [sheet, header, change] = part.cell;
  const ws = book.getWorksheet(sheet)!;
  const cell = ws.getRow(2).getCell((ws.getRow(1).values as unknown[]).indexOf(header));
  cell.value = change(cell.value);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function viaImport(role: (typeof ROLES)[number], part: Part) {
  const bytes = await fileFor(part);
  const response = await upload(api, "", [{ name: "book.xlsx", bytes }], clients[role]!.cookie);
  const body = (await response.json()) as FileImportResult & { error?: { code: string } };
  if (body.error) return body.error.code;
  const error = body.problems.find((p) => p.severity === "error");
  if (!error && body.counts.update !== 1) return `no change found (${JSON.stringify(body.counts)})`;
  return error?.code ?? "OK";
}

const cases = ROLES.flatMap((role) =>
  STATUSES.flatMap((status) => PARTS.map((part) => [role, status, part.name] as const)),
);

test.each(cases)(
  "%s × %s × %s: GraphQL and the import end the same way",
  async (role, status, name) => {
    const part = PARTS.find((p) => p.name === name)!;
    const version = await setStatus(status);
    const fromImport = await viaImport(role, part);
    const fromApi = await viaGraphQL(role, part, version);
    const imports = IMPORT_ROLES.includes(role.toUpperCase() as Role);
    expect({ import: fromImport }).toEqual({ import: imports ? fromApi : "FORBIDDEN" });
  },
);
