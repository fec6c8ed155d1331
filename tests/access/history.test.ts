import { backends } from "../helpers/databases";
import { TOTALS_ACKNOWLEDGED } from "../helpers/totals-acknowledged";
import {
  DEMO_NAMES,
  codeOf,
  data,
  expectRejected,
  openFixture,
  type DemoRole,
  type Fixture,
} from "./workflow-fixture";
import {
  NEW_PROGRAM,
  PROGRAM_COLUMNS,
  REJECTED,
  WRITES,
  commentEntry,
  deleted,
  entriesOf,
  history,
  inserted,
  statusChange as status,
  updateOf,
  type Entry,
} from "./workflow-history";
import { RETURN_REASON } from "./workflow-operations";

const SUBMIT = WRITES.move("submitReport", `, totalsDifference: "${TOTALS_ACKNOWLEDGED}"`);

/**
 * The change history over HTTP: one entry per write with its actor and the exact field-level
 * before/after, nothing for rejected writes, no way to change it, readable only in scope.
 * Report 1 goes through every kind of write in order; report 2 takes the rejected ones.
 */
describe.each(backends().map((b) => [b.name, b] as const))("report history on %s", (_, backend) => {
  let fx: Fixture;
  beforeAll(async () => {
    fx = await openFixture(backend);
  });
  afterAll(() => fx.api.close());

  const version = async (id: number | string) =>
    data(await fx.finance.query(`{ Report(id: ${id}) { version } }`)).Report.version as number;
  const auditRows = async () => fx.sql.query(`SELECT * FROM "AuditLog" ORDER BY id`);

  const write = async (role: DemoRole, doc: string, vars: Record<string, unknown> = {}) =>
    (await entriesOf(fx, role, 1, doc, { v: await version(1), ...vars })).entries;

  it("updateReport: one Report UPDATE with the field's before and after, none for the version", async () => {
    expect(await write("finance", WRITES.updateReport)).toEqual([
      updateOf(fx, "finance", "Report", 1, { department: { before: null, after: "財政課" } }),
    ]);
    const count = (await auditRows()).length;
    await fx.sql.query(
      `UPDATE "Report" SET version = version + 1, "updatedAt" = now() WHERE id = 1`,
    );
    expect((await auditRows()).length).toBe(count);
  });

  it("saveReportPrograms: a DELETE per old row and an INSERT per new row, amounts in yen", async () => {
    const old = data(
      await fx.finance.query(`{ Report(id: 1) { programs { ${PROGRAM_COLUMNS} } } }`),
    ).Report.programs as Record<string, unknown>[];
    expect(old).toHaveLength(2);
    const entries = await write("finance", WRITES.programs, { p: [NEW_PROGRAM] });
    const id = entries.at(-1)!.entityId;
    const base = {
      actorId: String(fx.ids.finance),
      actorName: DEMO_NAMES.finance,
      entity: "BudgetProgram",
    };
    const row = { id: Number(id), reportId: 1, position: 1, isPartial: false, isNew: false };
    expect(entries).toEqual([
      ...old.map((p) => ({
        ...base,
        entityId: p.id,
        action: "DELETE",
        changes: deleted({ ...p, id: Number(p.id), reportId: Number(p.reportId) }),
      })),
      {
        ...base,
        entityId: id,
        action: "INSERT",
        changes: inserted({ ...row, summary: null, mainResults: null, ...NEW_PROGRAM }),
      },
    ]);
  });

  it("saveReportKpiValues, updateEvaluation, updateFuturePolicy: one UPDATE each, by their actors", async () => {
    const [kv] = await fx.sql.query<{ id: number; y: number; m: number; ref: boolean }>(
      `SELECT id, "asOfYear" AS y, "asOfMonth" AS m, "isReference" AS ref
       FROM "KpiValue" WHERE "reportId" = 1 AND "kpiId" = 1`,
    );
    const asOf = `${kv!.y}-${String(kv!.m).padStart(2, "0")}`;
    const x = [{ kpiId: 1, value: "700.5", asOf, isReference: kv!.ref }];
    expect(await write("finance", WRITES.kpiValues, { x })).toEqual([
      updateOf(fx, "finance", "KpiValue", kv!.id, { value: { before: 682.3, after: 700.5 } }),
    ]);
    const parts = data(
      await fx.finance.query(
        `{ Report(id: 1) { evaluation { id opinion } futurePolicy { id reason } } }`,
      ),
    ).Report;
    expect(await write("evaluator", WRITES.evaluation)).toEqual([
      updateOf(fx, "evaluator", "Evaluation", parts.evaluation.id, {
        opinion: { before: parts.evaluation.opinion, after: "評価を更新" },
      }),
    ]);
    expect(await write("finance", WRITES.policy)).toEqual([
      updateOf(fx, "finance", "FuturePolicy", parts.futurePolicy.id, {
        reason: { before: parts.futurePolicy.reason, after: "理由を更新" },
      }),
    ]);
  });

  it("each transition records the status before and after; comments are INSERTs", async () => {
    // Report 1's 合計 differs from its programs: each submission acknowledges it, as a comment.
    const submit = async (from: string) => {
      const entries = await write("finance", SUBMIT);
      expect(entries).toEqual([
        commentEntry(fx, entries[0]!.entityId, "TOTALS_DIFFERENCE", TOTALS_ACKNOWLEDGED, "finance"),
        updateOf(fx, "finance", "Report", 1, status(from, "IN_REVIEW")),
      ]);
    };
    await submit("DRAFT");
    const comment = await entriesOf(fx, "manager", 1, WRITES.comment);
    const commentId = (comment.result.addReviewComment as { id: string }).id;
    expect(comment.entries).toEqual([commentEntry(fx, commentId, "COMMENT", "根拠を確認")]);
    const returned = await write(
      "manager",
      WRITES.move("returnReport", `, reason: "${RETURN_REASON}"`),
    );
    expect(returned).toEqual([
      commentEntry(fx, returned[0]!.entityId, "RETURN_REASON", RETURN_REASON),
      updateOf(fx, "manager", "Report", 1, status("IN_REVIEW", "RETURNED")),
    ]);
    await submit("RETURNED");
    expect(await write("manager", WRITES.move("approveReport"))).toEqual([
      updateOf(fx, "manager", "Report", 1, status("IN_REVIEW", "APPROVED")),
    ]);
    expect(await write("manager", WRITES.move("publishReport"))).toEqual([
      updateOf(fx, "manager", "Report", 1, {
        ...status("APPROVED", "PUBLISHED"),
        publishedAt: { before: null, after: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d/) },
      }),
    ]);
  });

  it("reviseReport: INSERTs of the new revision and its parts, nothing on the old one", async () => {
    const old = (await history(fx.finance, 1)).length;
    const revised = data(await fx.finance.query(`mutation { reviseReport(id: 1) { id } }`))
      .reviseReport.id as string;
    expect(await history(fx.finance, 1)).toHaveLength(old);
    const entries = await history(fx.finance, revised);
    expect(
      entries.every((e) => e.action === "INSERT" && e.actorId === String(fx.ids.finance)),
    ).toBe(true);
    expect(entries.map((e) => e.entity).sort()).toEqual([
      "BudgetProgram",
      "Evaluation",
      "FuturePolicy",
      "KpiValue",
      "KpiValue",
      "KpiValue",
      "Report",
    ]);
    const after = (e: Entry, field: string) => e.changes[field];
    const report = entries.find((e) => e.entity === "Report")!;
    expect(report.entityId).toBe(revised);
    expect(
      ["id", "revision", "status", "department", "publishedAt"].map((f) => after(report, f)),
    ).toEqual(
      [Number(revised), 2, "DRAFT", "財政課", null].map((v) => ({ before: null, after: v })),
    );
    const program = entries.find((e) => e.entity === "BudgetProgram")!;
    expect(program.changes).toMatchObject(inserted({ ...NEW_PROGRAM, reportId: Number(revised) }));
    const parts = entries.filter((e) => e.entity !== "Report");
    expect(parts.map((e) => e.changes.reportId)).toEqual(
      parts.map(() => ({ before: null, after: Number(revised) })),
    );
  });

  it("a rejected write (bad input, stale version) leaves no history entry", async () => {
    const before = (await history(fx.finance, 2)).length;
    for (const [code, role, doc] of REJECTED(await version(2))) {
      await expectRejected(fx.sql, 2, code, () => fx[role].query(`mutation { ${doc} }`));
    }
    expect(await history(fx.finance, 2)).toHaveLength(before);
  });

  it("master data writes are recorded with their entity and actor", async () => {
    const project = data(
      await fx.admin.query(`{ Project(id: 1) { version kpiNameNote } }`),
    ).Project;
    await data(
      await fx.admin.query(
        `mutation($v: Int!) { updateProject(id: 1, version: $v, kpiNameNote: "旭川市分") { id } }`,
        { v: project.version },
      ),
    );
    const [row] = await fx.sql.query(
      `SELECT "actorId", action, "reportId", changes FROM "AuditLog" WHERE entity = 'Project' AND "entityId" = '1' ORDER BY id DESC LIMIT 1`,
    );
    expect(row).toEqual({
      actorId: fx.ids.admin,
      action: "UPDATE",
      reportId: null,
      changes: { kpiNameNote: { before: project.kpiNameNote, after: "旭川市分" } },
    });
  });

  it("no mutation of the API mentions history or audit", async () => {
    const schema = data(
      await fx.admin.query(
        `{ __schema { mutationType { fields { name type { name ofType { name ofType { name } } } } } } }`,
      ),
    ).__schema;
    const fields = schema.mutationType.fields as { name: string; type: unknown }[];
    expect(fields.length).toBeGreaterThan(20);
    expect(fields.filter((f) => /history|audit/i.test(JSON.stringify(f)))).toEqual([]);
  });

  it("UPDATE and DELETE of AuditLog fail in the database itself", async () => {
    const rows = await auditRows();
    expect(rows.length).toBeGreaterThan(0);
    await expect(fx.sql.query(`UPDATE "AuditLog" SET action = 'X'`)).rejects.toThrow(/append-only/);
    await expect(
      fx.sql.query(`DELETE FROM "AuditLog" WHERE id = $1`, [rows[0]!.id]),
    ).rejects.toThrow(/append-only/);
    await expect(fx.sql.query(`DELETE FROM "AuditLog"`)).rejects.toThrow(/append-only/);
    expect(await auditRows()).toEqual(rows);
  });

  it("TRUNCATE of AuditLog fails too", async () => {
    const rows = await auditRows();
    const kept = new Error("TRUNCATE succeeded (rolled back)");
    await expect(
      fx.sql.transaction(async (tx) => {
        await tx.exec(`TRUNCATE "AuditLog"`);
        throw kept;
      }),
    ).rejects.toThrow(/append-only/);
    expect(await auditRows()).toEqual(rows);
  });

  it("only signed-in users of the municipality read a report's history", async () => {
    for (const id of [1, 2]) {
      expect(codeOf(await fx.anonymous.query(`{ reportHistory(reportId: ${id}) { id } }`))).toBe(
        "UNAUTHENTICATED",
      );
      expect(codeOf(await fx.other.query(`{ reportHistory(reportId: ${id}) { id } }`))).toBe(
        "NOT_FOUND",
      );
      for (const role of ["evaluator", "manager", "admin"] as const) {
        expect(await history(fx[role], id)).toEqual(await history(fx.finance, id));
      }
    }
    expect(codeOf(await fx.finance.query(`{ reportHistory(reportId: 99999) { id } }`))).toBe(
      "NOT_FOUND",
    );
  });
});
