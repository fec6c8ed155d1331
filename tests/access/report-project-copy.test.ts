import { backends } from "../helpers/databases";
import { TOTALS_ACKNOWLEDGED } from "../helpers/totals-acknowledged";
import type { Client } from "../helpers/api";
import { codeOf, data, expectRejected, openFixture, type Fixture } from "./workflow-fixture";
import { walk } from "./workflow-operations";

/**
 * A report states its own copy of its project (name, plan period, KPI definitions) and its
 * own overview. Administrators' edits of the project reach reports being written and
 * reviewed, never approved or published ones; finance edits the overview of its reports.
 * Report 1 of the seed (project 1, three KPIs, 旭川市) walks the whole way.
 */
const STATED = `projectName jointApplicationNote kpiNameNote overview planFirstYear planLastYear
  planPeriodLabel yearOfPlanLabel
  kpis { kpiId position name baseline target unit targetMonthLabel direction
         value { value notMeasured asOfLabel isReference } progress achieved }`;

type Stated = {
  projectName: string;
  overview: string | null;
  planPeriodLabel: string | null;
  kpis: { kpiId: string | null; position: number; name: string; target: string; value: unknown }[];
};

describe.each(backends().map((b) => [b.name, b] as const))(
  "reports state their project on %s",
  (_, backend) => {
    let fx: Fixture;
    let kpiIds: string[];
    let published: Stated;
    let revisionId: string;
    beforeAll(async () => {
      fx = await openFixture(backend);
      kpiIds = data(
        await fx.admin.query(`{ allKpis(filter: { projectId: 1 }) { id } }`),
      ).allKpis.map((k: { id: string }) => k.id);
    });
    afterAll(() => fx.api.close());

    const read = async (
      id: number | string,
      as = fx.finance,
    ): Promise<Stated & { version: number }> =>
      data(await as.query(`query($id: ID!) { Report(id: $id) { version ${STATED} } }`, { id }))
        .Report;
    const history = async (id: number | string) =>
      data(
        await fx.finance.query(
          `query($id: ID!) { reportHistory(reportId: $id) { entity action actorName changes } }`,
          {
            id,
          },
        ),
      ).reportHistory as {
        entity: string;
        action: string;
        actorName: string;
        changes: Record<string, { before: unknown; after: unknown }>;
      }[];
    /** An administrator's KPI edit as a client makes it: read the version, send, retry on CONFLICT. */
    const updateKpi = async (id: number | string, fields: string) => {
      for (;;) {
        const { version } = data(await fx.admin.query(`{ Kpi(id: ${id}) { version } }`)).Kpi;
        const result = await fx.admin.query(
          `mutation($v: Int!) { updateKpi(id: ${id}, version: $v, ${fields}) { id } }`,
          { v: version },
        );
        if (result.errors?.[0]?.extensions.code !== "CONFLICT") return result;
      }
    };
    const updateProject = async (fields: string) => {
      const { version } = data(await fx.admin.query(`{ Project(id: 1) { version } }`)).Project;
      return data(
        await fx.admin.query(
          `mutation($v: Int!) { updateProject(id: 1, version: $v, ${fields}) { id } }`,
          {
            v: version,
          },
        ),
      );
    };

    it("a report being written follows the project; the seed's copy is the document's", async () => {
      const draft = await read(1);
      expect(draft).toMatchObject({
        projectName: "大雪カムイミントラDMOによる都市型スノーリゾート地域構築事業",
        planPeriodLabel: "H30年度～R2年度",
      });
      expect(draft.kpis.map((k) => k.kpiId)).toEqual(kpiIds);
      await updateProject(`name: "改名した事業", kpiNameNote: "旭川市分"`);
      data(await updateKpi(kpiIds[0]!, `target: "2000"`));
      const after = await read(1);
      expect(after).toMatchObject({ projectName: "改名した事業", kpiNameNote: "旭川市分" });
      expect(after.kpis[0]).toMatchObject({ target: "2000", name: draft.kpis[0]!.name });
      // The project's overview is not the report's: finance owns the report's ③.
      expect(after.overview).toBe(draft.overview);
      // The report's history shows what the administrator's edit changed in it.
      const entries = (await history(1)).filter((e) => e.actorName === "管理者 三郎");
      expect(entries).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            entity: "Report",
            action: "UPDATE",
            changes: expect.objectContaining({
              projectName: { before: draft.projectName, after: "改名した事業" },
            }),
          }),
          expect.objectContaining({
            entity: "KpiValue",
            action: "UPDATE",
            changes: { target: { before: Number(draft.kpis[0]!.target), after: 2000 } },
          }),
        ]),
      );
    });

    it("finance edits the overview of its report being written; nobody else, and not once approved", async () => {
      const { version } = await read(1);
      const saved = data(
        await fx.finance.query(
          `mutation($v: Int!) { updateReport(id: 1, version: $v, overview: "報告書の全体概要") { overview version } }`,
          { v: version },
        ),
      ).updateReport;
      expect(saved).toEqual({ overview: "報告書の全体概要", version: version + 1 });
      const project = data(await fx.admin.query(`{ Project(id: 1) { overview } }`)).Project;
      expect(project.overview).not.toBe("報告書の全体概要");
      const overviewChange = (await history(1)).at(-1)!;
      expect(overviewChange).toMatchObject({
        entity: "Report",
        actorName: "財政 花子",
        changes: { overview: { before: expect.any(String), after: "報告書の全体概要" } },
      });
      const edit = (as: Client, v: number, text = "x") =>
        as.query(
          `mutation($v: Int!, $o: String) { updateReport(id: 1, version: $v, overview: $o) { id } }`,
          {
            v,
            o: text,
          },
        );
      await expectRejected(fx.sql, 1, "FORBIDDEN", () => edit(fx.evaluator, version + 1));
      await expectRejected(fx.sql, 1, "FORBIDDEN", () => edit(fx.admin, version + 1));
      const tooLong = await expectRejected(fx.sql, 1, "BAD_USER_INPUT", () =>
        edit(fx.finance, version + 1, "概".repeat(20001)),
      );
      expect(tooLong.errors![0]!.extensions.field).toEqual(["overview"]);
    });

    it("from approval on, edits of the project and its KPIs change nothing the report states", async () => {
      const { version } = await read(1);
      await walk(fx, 1, version, ["submit", "approve"], TOTALS_ACKNOWLEDGED);
      const approved = await read(1);
      const auditBefore = (await history(1)).length;
      await updateProject(`name: "承認後の改名", planFirstYear: 2019, planLastYear: 2021`);
      data(await updateKpi(kpiIds[1]!, `name: "承認後のKPI名", baseline: null`));
      data(
        await fx.admin.query(
          `mutation { createKpi(projectId: 1, name: "追加KPI", target: "10", unit: "件") { id } }`,
        ),
      );
      expect(await read(1)).toEqual(approved);
      await walk(fx, 1, approved.version, ["publish"]);
      published = await read(1, fx.anonymous);
      expect(published).toEqual({ ...approved, version: approved.version + 1 });
      // A KPI the published report states cannot be deleted; retired, it leaves future
      // reports while the published one keeps its row, still linked (the project's trend).
      const refused = await fx.admin.query(`mutation { deleteKpi(id: ${kpiIds[2]}) { id } }`);
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: "CONFLICT",
        reason: "KPI_IN_PUBLISHED_REPORTS",
      });
      data(await updateKpi(kpiIds[2]!, `isRetired: true`));
      await updateProject(`overview: "公表後に書き換えた事業概要"`);
      expect(await read(1, fx.anonymous)).toEqual(published);
      expect(published.kpis[2]!.kpiId).toBe(kpiIds[2]);
      expect(published.projectName).toBe("改名した事業");
      expect(published.overview).toBe("報告書の全体概要");
      expect(published.planPeriodLabel).toBe("H30年度～R2年度");
      // Since approval the history holds the publishing, nothing else.
      expect((await history(1)).slice(auditBefore)).toEqual([
        expect.objectContaining({
          entity: "Report",
          changes: expect.objectContaining({ status: { before: "APPROVED", after: "PUBLISHED" } }),
        }),
      ]);
    });

    it("a correction states the project as it is now and follows it until approved again", async () => {
      const revised = data(
        await fx.finance.query(`mutation { reviseReport(id: 1) { id status ${STATED} } }`),
      ).reviseReport;
      revisionId = revised.id;
      expect(revised).toMatchObject({
        status: "DRAFT",
        projectName: "承認後の改名",
        planPeriodLabel: "R元年度～R3年度",
        // The overview is the published report's, which finance wrote.
        overview: "報告書の全体概要",
      });
      expect(revised.kpis.map((k: { name: string }) => k.name)).toEqual([
        published.kpis[0]!.name,
        "承認後のKPI名",
        "追加KPI",
      ]);
      // Entered values travel with the correction; the new KPI has none yet.
      expect(revised.kpis[0].value).toEqual(published.kpis[0]!.value);
      expect(revised.kpis[2].value).toEqual({
        value: null,
        notMeasured: false,
        asOfLabel: null,
        isReference: false,
      });

      const { version } = await read(revisionId);
      await walk(fx, revisionId, version, ["submit", "approve"], TOTALS_ACKNOWLEDGED);
      await updateProject(`name: "差戻し前の改名"`);
      expect((await read(revisionId)).projectName).toBe("承認後の改名");
      // Returned after approval, it follows the project again.
      const approved = await read(revisionId);
      await walk(fx, revisionId, approved.version, ["return"]);
      expect((await read(revisionId)).projectName).toBe("差戻し前の改名");
      expect((await read(1, fx.anonymous)).projectName).toBe("改名した事業");
    });

    it("a KPI that a report being written holds a value for cannot be deleted", async () => {
      const revision = await read(revisionId);
      const kpiId = revision.kpis[0]!.kpiId!;
      const refused = await fx.admin.query(`mutation { deleteKpi(id: ${kpiId}) { id } }`);
      expect(codeOf(refused)).toBe("CONFLICT");
      expect((await read(revisionId)).kpis.map((k) => k.kpiId)).toEqual(
        revision.kpis.map((k) => k.kpiId),
      );
      // Without a value the draft just loses the KPI.
      const added = revision.kpis[2]!.kpiId!;
      data(await fx.admin.query(`mutation { deleteKpi(id: ${added}) { id } }`));
      expect((await read(revisionId)).kpis.map((k) => k.name)).toEqual([
        published.kpis[0]!.name,
        "承認後のKPI名",
      ]);
    });

    it("a new report starts with the project's KPIs and the latest report's overview", async () => {
      const created = data(
        await fx.finance.query(
          `mutation { createReport(projectId: 1, fiscalYear: 2021) { id ${STATED} } }`,
        ),
      ).createReport;
      expect(created).toMatchObject({
        projectName: "差戻し前の改名",
        overview: "報告書の全体概要",
        planPeriodLabel: "R元年度～R3年度",
        yearOfPlanLabel: "3年度目",
      });
      expect(created.kpis.map((k: Stated["kpis"][number]) => [k.position, k.name])).toEqual([
        [1, published.kpis[0]!.name],
        [2, "承認後のKPI名"],
      ]);
      const found = data(
        await fx.finance.query(`{ allReports(filter: { q: "差戻し前" }) { id } }`),
      ).allReports.map((r: { id: string }) => r.id);
      expect(found.sort()).toEqual([created.id, revisionId].sort());
    });

    it("reports created while an administrator edits the project's KPIs all end up in step", async () => {
      // Project 2 (report 2, DRAFT): four new reports race eight edits of its first KPI.
      const kpi = data(await fx.admin.query(`{ allKpis(filter: { projectId: 2 }) { id } }`))
        .allKpis[0].id;
      const results = await Promise.all([
        ...[2018, 2019, 2021, 2022].map((year) =>
          fx.finance.query(`mutation { createReport(projectId: 2, fiscalYear: ${year}) { id } }`),
        ),
        ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => updateKpi(kpi, `target: "${n}00"`)),
      ]);
      expect(results.map((r) => r.errors)).toEqual(results.map(() => undefined));
      const { target } = data(await fx.admin.query(`{ Kpi(id: ${kpi}) { target } }`)).Kpi;
      const reports = data(
        await fx.finance.query(
          `{ allReports(filter: { projectId: 2 }) { fiscalYear status kpis { kpiId target } } }`,
        ),
      ).allReports as { fiscalYear: number; kpis: { kpiId: string; target: string }[] }[];
      expect(reports.map((r) => r.fiscalYear).sort()).toEqual([2018, 2019, 2020, 2021, 2022]);
      for (const report of reports) {
        expect([report.fiscalYear, report.kpis.find((k) => k.kpiId === kpi)?.target]).toEqual([
          report.fiscalYear,
          target,
        ]);
      }
    });
  },
);
