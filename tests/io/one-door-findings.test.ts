/**
 * The findings of issue 16, measured from outside over HTTP as finance staff would meet them:
 * the importer goes through the same pipeline as the API, so it cannot publish, write another
 * role's part, create master data, skip the input checks or the four-eyes bookkeeping, and a
 * dry run writes nothing. Files are Sosei's own XLSX export, edited as a user would in Excel.
 */
import fs from "node:fs";
import ExcelJS from "exceljs";
import { hashPassword } from "../../server/src/auth/password";
import type { FileImportResult } from "../../server/src/io/import/import-files";
import { DEMO_PASSWORD, openApi, signIn, type Api, type Client } from "../helpers/api";
import { backends } from "../helpers/databases";
import { TOTALS_ACKNOWLEDGED } from "../helpers/totals-acknowledged";
import { baseOf, cookieOf } from "../helpers/http";
import { SOURCE_FILE, upload } from "./io-helpers";

const [backend] = backends();
/** Users with two roles (allowed in small towns): the four-eyes rule must still hold. */
const TWO_ROLES = { finmgr: ["FINANCE", "MANAGER"], fineval: ["FINANCE", "EVALUATOR"] } as const;
const IN_MAIN = ["finmgr"] as const;

let api: Api;
let finance: string;

beforeAll(async () => {
  api = await openApi(backend!, "seeded", {
    async prepare(prisma) {
      await prisma.fiscalYear.createMany({
        data: [{ year: 2021 }, { year: 2022 }],
        skipDuplicates: true,
      });
      const town = await prisma.municipality.findUniqueOrThrow({ where: { code: "012041" } });
      for (const loginId of IN_MAIN) {
        const roles = TWO_ROLES[loginId];
        await prisma.user.create({
          data: {
            loginId,
            name: loginId,
            email: `${loginId}@test.sosei.invalid`,
            roles: [...roles],
            municipalityId: town.id,
            passwordHash: await hashPassword(DEMO_PASSWORD(loginId)),
          },
        });
      }
    },
  });
  finance = await cookieOf(api, "finance");
});
afterAll(() => api?.close());

async function exported(): Promise<ExcelJS.Workbook> {
  const response = await fetch(`${baseOf(api)}/api/exports/2020.xlsx`, {
    // A client outside the browser names itself (server/src/http/request-guards.ts).
    headers: { cookie: finance, "x-sosei-request": "1" },
  });
  expect(response.status).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await response.arrayBuffer());
  return book;
}

/** Sets a column's cells (rows 2…) on a sheet; `value` gets the row number and the old value. */
function setColumn(
  book: ExcelJS.Workbook,
  sheet: string,
  header: string,
  value: (row: number, old: ExcelJS.CellValue) => ExcelJS.CellValue | undefined,
) {
  const ws = book.getWorksheet(sheet)!;
  const column = (ws.getRow(1).values as unknown[]).indexOf(header);
  if (column < 1) throw new Error(`no column ${header} in ${sheet}`);
  for (let r = 2; r <= ws.rowCount; r++) {
    const cell = ws.getRow(r).getCell(column);
    const next = value(r, cell.value);
    if (next !== undefined) cell.value = next;
  }
}

/** The export moved to another fiscal year (a new report per project), without ⑦. */
function asYear(book: ExcelJS.Workbook, year: number) {
  for (const sheet of ["報告", "予算事業", "KPI"]) setColumn(book, sheet, "年度", () => year);
  setColumn(book, "報告", "年度(和暦)", () => null);
  setColumn(book, "報告", "事業の評価", () => null);
  setColumn(book, "報告", "外部有識者からの意見", () => null);
  return book;
}

async function send(book: ExcelJS.Workbook, query: string, cookie = finance) {
  const bytes = Buffer.from(await book.xlsx.writeBuffer());
  const response = await upload(api, query, [{ name: "book.xlsx", bytes }], cookie);
  return { status: response.status, result: (await response.json()) as FileImportResult };
}

const errors = (r: FileImportResult) =>
  r.problems
    .filter((p) => p.severity === "error")
    .map((p) => [p.code, p.sheet, p.line, p.where ?? null]);

const sequences = async () =>
  api.db.sql.query<{ name: string; value: string | null }>(
    `SELECT sequencename AS name, last_value::text AS value FROM pg_sequences ORDER BY 1`,
  );

async function reportsOf(year: number) {
  const result = await api.query(
    `{ allReports(filter: { fiscalYear: [${year}] }) { id version status publishedAt projectName } }`,
  );
  expect(result.errors).toBeUndefined();
  return result.data.allReports as {
    id: string;
    version: number;
    status: string;
    publishedAt: string | null;
    projectName: string;
  }[];
}

test("7. a dry run of five new reports writes nothing: every sequence as before, no lock left", async () => {
  const before = await sequences();
  const { status, result } = await send(asYear(await exported(), 2021), "");
  expect(status).toBe(200);
  expect(result.counts).toMatchObject({ create: 5, update: 0 });
  expect(result.applied).toBe(false);
  expect(await sequences()).toEqual(before);
  const locks = await api.db.sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
      WHERE a.datname = current_database() AND l.pid <> pg_backend_pid()
        AND l.locktype IN ('relation', 'tuple', 'transactionid')`,
  );
  expect(locks[0]!.n).toBe(0);
  expect(await reportsOf(2021)).toEqual([]);
});

test("1. a file stating 公表済み creates drafts only: status, revision and publication time ignored with one warning, nothing public", async () => {
  const book = asYear(await exported(), 2021);
  setColumn(book, "報告", "状態", () => "公表済み");
  setColumn(book, "報告", "版", () => 3);
  setColumn(book, "報告", "公開日時", () => new Date(Date.UTC(2021, 5, 30)));
  const { status, result } = await send(book, "?apply=1");
  expect(status).toBe(200);
  expect(result.counts.create).toBe(5);
  expect(result.problems.filter((p) => p.code === "STATE_IGNORED")).toHaveLength(1);
  const created = await reportsOf(2021);
  expect(created.map((r) => [r.status, r.publishedAt])).toEqual(Array(5).fill(["DRAFT", null]));
  const publicCount = await api.anonymous.query(
    `{ _allReportsMeta(filter: { fiscalYear: [2021] }) { count } }`,
  );
  expect(publicCount.data._allReportsMeta.count).toBe(0);
});

test("2. finance cannot write ⑦ (the evaluator's) nor create a project: both located FORBIDDEN; fiscal years are never created", async () => {
  const book = await exported();
  setColumn(book, "報告", "外部有識者からの意見", (row, old) =>
    row === 2 ? `${old}追記` : undefined,
  );
  for (const sheet of ["報告", "予算事業", "KPI"])
    setColumn(book, sheet, "国提出事業名", (_row, old) =>
      String(old).includes("まちを支える") ? "新しい事業" : undefined,
    );
  const { status, result } = await send(book, "");
  expect(status).toBe(422);
  const found = errors(result);
  expect(found).toContainEqual(["FORBIDDEN", "報告", 2, "⑦ 外部有識者からの評価"]);
  expect(found).toContainEqual(["FORBIDDEN", "報告", 3, "① 事業名/project name"]);
  const years = await api.db.sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "FiscalYear"`,
  );
  const future = asYear(await exported(), 2031);
  const refused = await send(future, "?apply=1");
  expect(errors(refused.result)[0]!.slice(0, 1)).toEqual(["UNKNOWN_FISCAL_YEAR"]);
  expect(
    (await api.db.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "FiscalYear"`))[0]!.n,
  ).toBe(years[0]!.n);
});

test("3. amounts imported by a finance+manager user make them the amounts' editor: they cannot approve what they imported", async () => {
  const book = await exported();
  setColumn(book, "予算事業", "実績額", (row, old) => (row === 2 ? Number(old) + 1 : undefined));
  const user = await signIn(api.url, "finmgr", DEMO_PASSWORD("finmgr"));
  const cookie = await cookieOf(api, "finmgr");
  const { status, result } = await send(book, "?apply=1", cookie);
  expect([status, result.counts.update]).toEqual([200, 1]);
  const [report] = (await reportsOf(2020)).filter((r) => r.version > 1);
  // The seed's report 1 states a 合計 its programs do not add up to: acknowledged to submit.
  const submitted = await user.query(
    `mutation { submitReport(id: ${report!.id}, version: ${report!.version}, totalsDifference: "${TOTALS_ACKNOWLEDGED}") { version } }`,
  );
  expect(submitted.errors).toBeUndefined();
  const approve = await user.query(
    `mutation { approveReport(id: ${report!.id}, version: ${submitted.data.submitReport.version}) { id } }`,
  );
  expect(approve.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", rule: "FOUR_EYES" });
});

test("4. the API's text checks apply to imported text, and the report's copy of its project comes from the project", async () => {
  const book = await exported();
  setColumn(book, "報告", "全体概要", (row) => (row === 2 ? "あ".repeat(20_001) : undefined));
  setColumn(book, "報告", "事業効果の説明", (row) => (row === 3 ? "い".repeat(4_001) : undefined));
  setColumn(book, "報告", "計画終了年度", (row, old) => (row === 4 ? Number(old) + 1 : undefined));
  setColumn(book, "報告", "指標名の注記", (row) => (row === 4 ? "別の注記" : undefined));
  const { status, result } = await send(book, "");
  expect(status).toBe(422);
  const found = errors(result).map(([code, , line]) => [code, line]);
  // Each field that differs from the project is named, not only the first.
  expect(found).toEqual([
    ["BAD_USER_INPUT", 2],
    ["BAD_USER_INPUT", 3],
    ["PROJECT_DIFFERS", 4],
    ["PROJECT_DIFFERS", 4],
  ]);
  const named = result.problems.filter((p) => p.code === "PROJECT_DIFFERS").map((p) => p.where);
  expect(named).toEqual(["② 実施計画期間", "KPIの注記"]);
});

// Report 1 is in review after test 3: report 2 (row 3) is changed here.
test("6. messages: each change by its label, before → after as displayed (wareki months), with sheet and row", async () => {
  const book = await exported();
  setColumn(book, "報告", "実績時点", (row) =>
    row === 3 ? new Date(Date.UTC(2021, 3, 1)) : undefined,
  );
  const { result } = await send(book, "");
  const line = result.reports.find((r) => r.action === "update")!;
  expect(
    line.changes.map((c) => [c.labelJa, c.labelEn, c.before, c.after, c.sheet, c.line]),
  ).toEqual([["実績の時点", "actuals as of", "R3.3", "R3.4", "報告", 3]]);
});

// After test 1, FY2021 holds drafts of every project: FY2022's reports start from them.
test("8. a new year's report: the changes listed are the ones written, and a cell the file leaves empty is not filled by the carry-over", async () => {
  const last = await api.query(
    `{ allReports(filter: { fiscalYear: [2021] }, sortField: "id") { id version projectNumber } }`,
  );
  const byNumber = new Map(
    (last.data.allReports as { id: string; version: number; projectNumber: number }[]).map((r) => [
      r.projectNumber,
      r,
    ]),
  );
  for (const n of [4, 5]) {
    const r = byNumber.get(n)!;
    const set = await api.query(
      `mutation { updateReport(id: ${r.id}, version: ${r.version}, department: "経済部 観光課") { id } }`,
    );
    expect(set.errors).toBeUndefined();
  }
  const book = asYear(await exported(), 2022);
  // No.4 (row 5) states the department it would carry over anyway; No.5 (row 6) states none.
  setColumn(book, "報告", "担当部署", (row) =>
    row === 5 ? "経済部 観光課" : row === 6 ? null : undefined,
  );
  const dry = await send(book, "");
  expect(dry.status).toBe(200);
  const changesOf = (n: number) =>
    dry.result.reports.find((r) => r.number === n)!.changes.map((c) => c.labelJa);
  // Carried over: the department of No.4 and every program's name, 概要 and (関係分).
  expect(changesOf(4)).not.toContain("担当課");
  expect(changesOf(4).filter((label) => / (事業名|概要|\(関係分\))$/.test(label))).toEqual([]);
  expect(changesOf(5)).toContain("担当課");
  const applied = await send(book, "?apply=1");
  expect(applied.result.counts.create).toBe(5);
  const stored = await api.query(
    `{ allReports(filter: { fiscalYear: [2022] }, sortField: "id") { projectNumber department } }`,
  );
  const department = new Map(
    (stored.data.allReports as { projectNumber: number; department: string | null }[]).map((r) => [
      r.projectNumber,
      r.department,
    ]),
  );
  expect([department.get(4), department.get(5)]).toEqual(["経済部 観光課", null]);
});

describe("the seed's form text end to end, into a town whose projects are registered", () => {
  let town: Api;
  beforeAll(async () => {
    town = await openApi(backend!, "seeded", {
      async prepare(prisma) {
        // The projects and KPIs stay (the administrator's), the reports go.
        await prisma.report.deleteMany();
        const asahikawa = await prisma.municipality.findUniqueOrThrow({
          where: { code: "012041" },
        });
        await prisma.user.create({
          data: {
            loginId: "fineval",
            name: "fineval",
            email: "fineval@test.sosei.invalid",
            roles: [...TWO_ROLES.fineval],
            municipalityId: asahikawa.id,
            passwordHash: await hashPassword(DEMO_PASSWORD("fineval")),
          },
        });
      },
    });
  });
  afterAll(() => town?.close());

  test("dry run, apply as drafts, submit, approve by another user, publish; the history names the import and its file", async () => {
    const text = { name: "asahikawa-fy2020.txt", bytes: fs.readFileSync(SOURCE_FILE) };
    const query = "?grantType=地方創生推進交付金&unit=千円";
    const cookie = await cookieOf(town, "fineval");
    const before = await town.db.sql.query(
      `SELECT sequencename, last_value FROM pg_sequences ORDER BY 1`,
    );
    const dry = (await (await upload(town, query, [text], cookie)).json()) as FileImportResult;
    expect([dry.errorCount, dry.counts.create, dry.counts.projectsCreated]).toEqual([0, 5, 0]);
    expect(
      await town.db.sql.query(`SELECT sequencename, last_value FROM pg_sequences ORDER BY 1`),
    ).toEqual(before);
    const applied = (await (
      await upload(town, `${query}&apply=1`, [text], cookie)
    ).json()) as FileImportResult;
    expect([applied.applied, applied.counts.create]).toEqual([true, 5]);
    const all = await town.query(`{ allReports { id version status publishedAt } }`);
    expect(all.data.allReports.map((r: { status: string }) => r.status)).toEqual(
      Array(5).fill("DRAFT"),
    );
    const report = all.data.allReports[0] as { id: string; version: number };
    const fineval = await signIn(town.url, "fineval", DEMO_PASSWORD("fineval"));
    const manager: Client = await town.login("manager");
    const step = async (who: Client, mutation: string, version: number, extra = "") => {
      const r = await who.query(
        `mutation { ${mutation}(id: ${report.id}, version: ${version}${extra}) { version status publishedAt } }`,
      );
      expect(r.errors).toBeUndefined();
      return r.data[mutation] as { version: number; status: string; publishedAt: string | null };
    };
    // The form's report 1 states a 合計 its programs do not add up to: acknowledged to submit.
    const acknowledged = `, totalsDifference: "${TOTALS_ACKNOWLEDGED}"`;
    const submitted = await step(fineval, "submitReport", report.version, acknowledged);
    const approved = await step(manager, "approveReport", submitted.version);
    const published = await step(manager, "publishReport", approved.version);
    expect(published.status).toBe("PUBLISHED");
    expect(published.publishedAt).not.toBeNull();
    const history = await town.query(
      `{ reportHistory(reportId: ${report.id}) { entity action changes actorName } }`,
    );
    const notes = history.data.reportHistory.filter(
      (h: { entity: string }) => h.entity === "Import",
    );
    expect(
      notes.map(
        (n: { action: string; actorName: string; changes: { file: { after: string } } }) => [
          n.action,
          n.actorName,
          n.changes.file.after,
        ],
      ),
    ).toEqual([["IMPORT", "fineval", "asahikawa-fy2020.txt"]]);
  });
});
