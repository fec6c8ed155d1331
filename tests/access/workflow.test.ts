import { backends } from "../helpers/databases";
import { TOTALS_ACKNOWLEDGED } from "../helpers/totals-acknowledged";
import {
  DEMO_NAMES,
  codeOf,
  data,
  expectRejected,
  openFixture,
  setStatus,
  snapshot,
  type Fixture,
} from "./workflow-fixture";
import {
  COPIED,
  EDITS,
  LEGAL_FROM,
  MOVES,
  RETURN_REASON,
  REVISE,
  STATUSES,
  move,
  walk,
  type Move,
} from "./workflow-operations";

/**
 * The review workflow over HTTP as the demo users of 旭川市: the legal path, every illegal
 * transition, return reasons and comments, immutability of published reports, revisions.
 * Reports: 1 the path, 2 illegal moves, 3 bad input, 4 comments, 5 revisions.
 */
describe.each(backends().map((b) => [b.name, b] as const))(
  "review workflow on %s",
  (_, backend) => {
    let fx: Fixture;
    beforeAll(async () => {
      fx = await openFixture(backend);
    });
    afterAll(() => fx.api.close());

    const read = async (id: number | string, fields: string, as = fx.finance) =>
      data(await as.query(`query($id: ID!) { Report(id: $id) { ${fields} } }`, { id })).Report;

    it("DRAFT → IN_REVIEW → RETURNED → IN_REVIEW → APPROVED → PUBLISHED, one version per step", async () => {
      expect(await snapshot(fx.sql, 1)).toMatchObject({ status: "DRAFT", version: 1 });
      const before = new Date();
      const path: Move[] = ["submit", "return", "submit", "approve", "publish"];
      const steps = await walk(fx, 1, 1, path, TOTALS_ACKNOWLEDGED);
      const after = new Date();
      expect(steps).toEqual([
        { id: "1", status: "IN_REVIEW", version: 2 },
        { id: "1", status: "RETURNED", version: 3 },
        { id: "1", status: "IN_REVIEW", version: 4 },
        { id: "1", status: "APPROVED", version: 5 },
        { id: "1", status: "PUBLISHED", version: 6 },
      ]);
      const stored = await snapshot(fx.sql, 1);
      expect(stored).toMatchObject({ status: "PUBLISHED", version: 6, revision: 1 });
      expect(stored.publishedAt!.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
      expect(stored.publishedAt!.getTime()).toBeLessThanOrEqual(after.getTime() + 1000);
      expect(await read(1, "status version", fx.anonymous)).toEqual({
        status: "PUBLISHED",
        version: 6,
      });
    });

    it("a report shows its revision and when it was published", async () => {
      const result = await fx.anonymous.query(`{ Report(id: 1) { status revision publishedAt } }`);
      expect(result.errors).toBeUndefined();
      const stored = await snapshot(fx.sql, 1);
      expect(result.data).toEqual({
        Report: {
          status: "PUBLISHED",
          revision: 1,
          publishedAt: stored.publishedAt!.toISOString(),
        },
      });
    });

    it.each(STATUSES)(
      "every illegal transition from %s is a CONFLICT and writes nothing",
      async (s) => {
        await setStatus(fx.sql, 2, s);
        const illegal = MOVES.filter((m) => !LEGAL_FROM[m].includes(s));
        expect(illegal.length).toBeGreaterThan(0);
        for (const which of illegal) {
          const { version } = await snapshot(fx.sql, 2);
          const result = await expectRejected(fx.sql, 2, "CONFLICT", () =>
            move(fx, which, 2, version),
          );
          expect(result.errors![0]!.extensions.status).toBe(s);
        }
      },
    );

    it("returnReport needs a reason: null, empty or blank is BAD_USER_INPUT", async () => {
      await setStatus(fx.sql, 3, "IN_REVIEW");
      const doc = `mutation($r: String!) { returnReport(id: 3, version: 1, reason: $r) { id } }`;
      for (const r of [null, "", "   \n"]) {
        const result = await expectRejected(fx.sql, 3, "BAD_USER_INPUT", () =>
          fx.manager.query(doc, { r }),
        );
        if (r !== null) expect(result.errors![0]!.extensions.field).toEqual(["reason"]);
      }
      const omitted = await expectRejected(fx.sql, 3, "GRAPHQL_VALIDATION_FAILED", () =>
        fx.manager.query(`mutation { returnReport(id: 3, version: 1) { id } }`),
      );
      expect(omitted.status).toBe(400);
    });

    it("a transition with a stale version is a CONFLICT with the current version, nothing written", async () => {
      await setStatus(fx.sql, 3, "DRAFT");
      expect(await walk(fx, 3, 1, ["submit"])).toEqual([
        { id: "3", status: "IN_REVIEW", version: 2 },
      ]);
      for (const which of ["approve", "return"] as const) {
        const result = await expectRejected(fx.sql, 3, "CONFLICT", () => move(fx, which, 3, 1));
        expect(result.errors![0]!.extensions).toMatchObject({
          entity: "Report",
          id: 3,
          current: { id: "3", status: "IN_REVIEW", version: 2 },
        });
      }
    });

    it("comments and the return reason are shown oldest first, to the municipality's users only", async () => {
      const comments = "comments { kind body authorName createdAt }";
      expect(await walk(fx, 4, 1, ["submit"])).toEqual([
        { id: "4", status: "IN_REVIEW", version: 2 },
      ]);
      const body = "KPIの出典を記載してください";
      const added = data(
        await fx.manager.query(
          `mutation($b: String!) { addReviewComment(reportId: 4, body: $b) { reportId authorId authorName kind body } }`,
          { b: body },
        ),
      ).addReviewComment;
      expect(added).toEqual({
        reportId: "4",
        authorId: String(fx.ids.manager),
        authorName: DEMO_NAMES.manager,
        kind: "COMMENT",
        body,
      });
      expect(await snapshot(fx.sql, 4)).toMatchObject({ status: "IN_REVIEW", version: 2 });
      expect(await walk(fx, 4, 2, ["approve", "return"])).toEqual([
        { id: "4", status: "APPROVED", version: 3 },
        { id: "4", status: "RETURNED", version: 4 },
      ]);
      const expected = [
        { kind: "COMMENT", body, authorName: DEMO_NAMES.manager, createdAt: expect.any(String) },
        {
          kind: "RETURN_REASON",
          body: RETURN_REASON,
          authorName: DEMO_NAMES.manager,
          createdAt: expect.any(String),
        },
      ];
      const shown = (await read(4, comments)).comments;
      expect(shown).toEqual(expected);
      const times = shown.map((c: { createdAt: string }) => Date.parse(c.createdAt));
      expect(times[0]).toBeLessThanOrEqual(times[1]);
      expect(Math.abs(times[1] - Date.now())).toBeLessThan(60_000);
      expect(codeOf(await fx.other.query(`{ Report(id: 4) { ${comments} } }`))).toBe("NOT_FOUND");

      await walk(fx, 4, 4, ["submit", "approve", "publish"]);
      expect((await read(4, comments, fx.evaluator)).comments).toEqual(expected);
      expect((await read(4, comments, fx.admin)).comments).toEqual(expected);
      for (const outsider of [fx.anonymous, fx.other]) {
        expect(await read(4, `status ${comments}`, outsider)).toEqual({
          status: "PUBLISHED",
          comments: [],
        });
      }
    });

    describe("published reports and revisions", () => {
      let revisionId: string;
      const publicReports = async () =>
        data(
          await fx.anonymous.query(
            `{ allReports(filter: { projectId: ${projectId} }) { id status } }`,
          ),
        ).allReports;
      let projectId: number;

      it("a PUBLISHED report refuses every edit and transition with CONFLICT, writing nothing", async () => {
        expect(await walk(fx, 5, 1, ["submit", "approve", "publish"])).toHaveLength(3);
        projectId = (await read(5, "projectId")).projectId;
        for (const edit of EDITS) {
          const { version } = await snapshot(fx.sql, 5);
          const result = await expectRejected(fx.sql, 5, "CONFLICT", () =>
            fx[edit.as].query(edit.doc(5, version)),
          );
          expect([edit.name, result.errors![0]!.extensions.status]).toEqual([
            edit.name,
            "PUBLISHED",
          ]);
        }
      });

      it("reviseReport opens revision 2 as a DRAFT copy; the public still sees revision 1", async () => {
        const original = await read(5, COPIED);
        expect(original.programs.length).toBeGreaterThan(0);
        const entered = (k: { value: { value: string | null } }) => k.value.value !== null;
        expect(original.kpis.filter(entered).length).toBeGreaterThan(0);
        expect(original.evaluation).not.toBeNull();
        expect(original.futurePolicy).not.toBeNull();
        const revised = data(
          await fx.finance.query(`mutation { reviseReport(id: 5) { id status version } }`),
        ).reviseReport;
        revisionId = revised.id;
        expect(revised).toEqual({
          id: expect.not.stringMatching(/^5$/),
          status: "DRAFT",
          version: 1,
        });
        expect(await snapshot(fx.sql, Number(revisionId))).toMatchObject({
          status: "DRAFT",
          version: 1,
          revision: 2,
          publishedAt: null,
        });
        const copy = await read(revisionId, COPIED);
        expect(copy).toEqual(original);
        expect(await read(5, COPIED)).toEqual(original);
        expect(await snapshot(fx.sql, 5)).toMatchObject({ status: "PUBLISHED", revision: 1 });
        expect(await publicReports()).toEqual([{ id: "5", status: "PUBLISHED" }]);
      });

      it("a second reviseReport while revision 2 is open is a CONFLICT", async () => {
        for (const as of [fx.finance, fx.manager]) {
          const result = await expectRejected(fx.sql, 5, "CONFLICT", () =>
            as.query(`mutation { reviseReport(id: 5) { id } }`),
          );
          expect(result.errors![0]!.extensions.existingId).toBe(Number(revisionId));
        }
      });

      it("publishing revision 2 supersedes revision 1; the public sees only revision 2", async () => {
        expect(await walk(fx, revisionId, 1, ["submit", "approve", "publish"])).toEqual([
          { id: revisionId, status: "IN_REVIEW", version: 2 },
          { id: revisionId, status: "APPROVED", version: 3 },
          { id: revisionId, status: "PUBLISHED", version: 4 },
        ]);
        expect(await snapshot(fx.sql, 5)).toMatchObject({ status: "SUPERSEDED", revision: 1 });
        expect(await publicReports()).toEqual([{ id: revisionId, status: "PUBLISHED" }]);
        expect(codeOf(await fx.anonymous.query(`{ Report(id: 5) { id } }`))).toBe("NOT_FOUND");
        expect(await read(5, "status")).toEqual({ status: "SUPERSEDED" });
      });

      it("a SUPERSEDED report accepts no operation", async () => {
        const all = [...EDITS, ...REVISE];
        for (const edit of all) {
          const { version } = await snapshot(fx.sql, 5);
          const result = await expectRejected(fx.sql, 5, "CONFLICT", () =>
            fx[edit.as].query(edit.doc(5, version)),
          );
          expect([edit.name, result.errors![0]!.extensions.status]).toEqual([
            edit.name,
            "SUPERSEDED",
          ]);
        }
      });
    });
  },
);
