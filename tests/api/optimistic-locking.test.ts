import { openApi, type Api, type GraphQLResult } from "../helpers/api";
import { backends } from "../helpers/databases";

/**
 * Optimistic locking of reports: every write names the version it read; a stale version is a
 * CONFLICT carrying the report as it is now, and the stale write leaves no trace.
 */
const PROGRAMS = `mutation($id: ID!, $v: Int!, $p: [BudgetProgramInput!]!) {
  saveReportPrograms(reportId: $id, version: $v, programs: $p) { version } }`;
const program = (name: string) => ({ name, budget: 1234567, expectedGrant: 1234567 });

describe.each(backends().map((b) => [b.name, b] as const))(
  "optimistic locking on %s",
  (_, backend) => {
    let api: Api;
    beforeAll(async () => {
      api = await openApi(backend, "seeded");
    });
    afterAll(() => api.close());

    const read = async (id: number, fields: string) => {
      const result = await api.query(`query($id: ID!) { Report(id: $id) { version ${fields} } }`, {
        id,
      });
      expect(result.errors).toBeUndefined();
      return result.data!.Report;
    };
    const expectConflict = (result: GraphQLResult, id: number, version: number) => {
      expect(result.errors).toHaveLength(1);
      const { extensions, message } = result.errors![0]!;
      expect(extensions).toMatchObject({ code: "CONFLICT", entity: "Report", id });
      // The report as it is now, in the shape the mutation asked for, with its id and version.
      expect(message).toContain("他の利用者によって更新されています");
      expect(extensions.messageEn).toBe(
        `Report ${id} was changed by someone else; reload it and try again`,
      );
      const current = extensions.current as Record<string, unknown>;
      expect(current).toMatchObject({ id: String(id), version });
      return current;
    };

    // Each write as two clients would send it, from the same version v, with different data.
    const WRITES = [
      {
        name: "updateReport",
        id: 1,
        send: (v: number, tag: string) =>
          api.query(
            `mutation($v: Int!, $d: String) { updateReport(id: 1, version: $v, department: $d) { id } }`,
            {
              v,
              d: tag,
            },
          ),
        stored: async () => (await read(1, "department")).department,
        first: "first",
      },
      {
        name: "saveReportPrograms",
        id: 3,
        send: (v: number, tag: string) => api.query(PROGRAMS, { id: 3, v, p: [program(tag)] }),
        stored: async () =>
          (await read(3, "programs { name }")).programs.map((p: { name: string }) => p.name),
        first: ["first"],
      },
      {
        name: "saveReportKpiValues",
        id: 4,
        send: async (v: number, tag: string) => {
          const kpi = (await read(4, "project { kpis { id } }")).project.kpis[0].id;
          const value = tag === "first" ? "1" : "2";
          return api.query(
            `mutation($v: Int!, $k: [KpiValueInput!]!) { saveReportKpiValues(reportId: 4, version: $v, values: $k) { id } }`,
            { v, k: [{ kpiId: kpi, value }] },
          );
        },
        stored: async () => (await read(4, "kpis { value { value } }")).kpis[0].value.value,
        first: "1",
      },
      {
        name: "updateEvaluation",
        id: 2,
        send: (v: number, tag: string) =>
          api.query(
            `mutation($v: Int!, $o: String) { updateEvaluation(reportId: 2, version: $v, opinion: $o) { id } }`,
            {
              v,
              o: tag,
            },
          ),
        stored: async () => (await read(2, "evaluation { opinion }")).evaluation.opinion,
        first: "first",
      },
      {
        name: "updateFuturePolicy",
        id: 2,
        send: (v: number, tag: string) =>
          api.query(
            `mutation($v: Int!, $r: String) { updateFuturePolicy(reportId: 2, version: $v, reason: $r) { id } }`,
            {
              v,
              r: tag,
            },
          ),
        stored: async () => (await read(2, "futurePolicy { reason }")).futurePolicy.reason,
        first: "first",
      },
    ];

    it.each(WRITES.map((w) => [w.name, w] as const))(
      "%s: of two clients that read version v, the second gets CONFLICT with v+1 and writes nothing",
      async (_n, write) => {
        const { version: v } = await read(write.id, "");
        const first = await write.send(v, "first");
        expect(first.errors).toBeUndefined();
        const afterFirst = await write.stored();
        expect(afterFirst).toEqual(write.first);
        expectConflict(await write.send(v, "second"), write.id, v + 1);
        expect(await read(write.id, "")).toEqual({ version: v + 1 });
        expect(await write.stored()).toEqual(afterFirst);
      },
    );

    it("the conflict's current report is what the database holds, yen as exact numbers", async () => {
      const { version: v, ...parts } = await read(
        3,
        "totals { budget { yen display } } programs { name }",
      );
      await api.query(
        `mutation($v: Int!) { updateReport(id: 3, version: $v, contact: "先に保存") { id } }`,
        { v },
      );
      const fields = `id contact fiscalYear moneyUnit statedBudgetTotal statedActualTotal
        totals { budget { yen display } } programs { name }`;
      const current = expectConflict(
        await api.query(
          `mutation($v: Int!) { updateReport(id: 3, version: $v, contact: "後から保存") { ${fields} } }`,
          { v },
        ),
        3,
        v + 1,
      );
      expect(current).toMatchObject({
        contact: "先に保存",
        fiscalYear: 2020,
        moneyUnit: "THOUSAND_YEN",
        statedBudgetTotal: 43995000,
        statedActualTotal: 36479000,
        ...parts,
      });
    });

    it("deleteReport with a stale version is a CONFLICT and the report stays", async () => {
      const { version: v } = await read(5, "");
      const update = await api.query(
        `mutation($v: Int!) { updateReport(id: 5, version: $v, department: "更新") { version } }`,
        {
          v,
        },
      );
      expect(update.data!.updateReport.version).toBe(v + 1);
      expectConflict(
        await api.query(`mutation($v: Int!) { deleteReport(id: 5, version: $v) { id } }`, { v }),
        5,
        v + 1,
      );
      expect(await read(5, "department")).toEqual({ version: v + 1, department: "更新" });
    });

    it("each write moves the version up by exactly one", async () => {
      const { version: v } = await read(1, "");
      const kpi = Number((await read(1, "project { kpis { id } }")).project.kpis[0].id);
      const steps: [string, Record<string, unknown>][] = [
        [`mutation($v: Int!) { updateReport(id: 1, version: $v, effectText: "効果") { id } }`, {}],
        [PROGRAMS, { id: 1, p: [program("A"), program("B")] }],
        [
          `mutation($v: Int!, $k: [KpiValueInput!]!) { saveReportKpiValues(reportId: 1, version: $v, values: $k) { id } }`,
          { k: [{ kpiId: kpi, value: "3" }] },
        ],
        [
          `mutation($v: Int!) { updateEvaluation(reportId: 1, version: $v, opinion: "意見") { id } }`,
          {},
        ],
        [
          `mutation($v: Int!) { updateFuturePolicy(reportId: 1, version: $v, reason: "理由") { id } }`,
          {},
        ],
      ];
      for (const [i, [source, variables]] of steps.entries()) {
        expect((await api.query(source, { v: v + i, ...variables })).errors).toBeUndefined();
        expect((await read(1, "")).version).toBe(v + i + 1);
      }
    });

    it("of 5 simultaneous saveReportPrograms with the same version exactly one wins", async () => {
      const { version: v } = await read(3, "");
      const names = ["甲", "乙", "丙", "丁", "戊"];
      const results = await Promise.all(
        names.map((n) => api.query(PROGRAMS, { id: 3, v, p: [program(n), program(`${n}2`)] })),
      );
      const winners = results.flatMap((r, i) => (r.errors ? [] : [names[i]!]));
      expect(winners).toHaveLength(1);
      for (const r of results.filter((r) => r.errors)) expectConflict(r, 3, v + 1);
      const after = await read(3, "programs { position name budget }");
      expect(after).toEqual({
        version: v + 1,
        programs: [
          { position: 1, name: winners[0], budget: 1234567 },
          { position: 2, name: `${winners[0]}2`, budget: 1234567 },
        ],
      });
    });

    it("simultaneous writes of different parts from the same version: one wins, the rest write nothing", async () => {
      const before = await read(2, "department evaluation { opinion } futurePolicy { reason }");
      const v = before.version;
      const results = await Promise.all([
        api.query(
          `mutation($v: Int!) { updateReport(id: 2, version: $v, department: "競合A") { id } }`,
          { v },
        ),
        api.query(
          `mutation($v: Int!) { updateEvaluation(reportId: 2, version: $v, opinion: "競合B") { id } }`,
          { v },
        ),
        api.query(
          `mutation($v: Int!) { updateFuturePolicy(reportId: 2, version: $v, reason: "競合C") { id } }`,
          { v },
        ),
      ]);
      const won = results.findIndex((r) => !r.errors);
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      for (const r of results.filter((r) => r.errors)) expectConflict(r, 2, v + 1);
      const after = await read(2, "department evaluation { opinion } futurePolicy { reason }");
      expect(after).toEqual({
        version: v + 1,
        department: won === 0 ? "競合A" : before.department,
        evaluation: { opinion: won === 1 ? "競合B" : before.evaluation.opinion },
        futurePolicy: { reason: won === 2 ? "競合C" : before.futurePolicy.reason },
      });
    });

    it("of simultaneous createReport for the same project and year one is created, the rest CONFLICT", async () => {
      const results = await Promise.all(
        [1, 2, 3, 4, 5].map(() =>
          api.query(`mutation { createReport(projectId: 4, fiscalYear: 2022) { id version } }`),
        ),
      );
      const created = results.filter((r) => !r.errors);
      expect(created).toHaveLength(1);
      for (const r of results.filter((r) => r.errors)) {
        expect(r.errors![0]!.extensions).toMatchObject({
          code: "CONFLICT",
          field: ["fiscalYear"],
        });
        expect(r.errors![0]!.message).toBe("この事業のR4年度の報告は既にあります");
      }
      const { allReports } = (
        await api.query(`{ allReports(filter: { projectId: 4, fiscalYear: 2022 }) { id version } }`)
      ).data!;
      expect(allReports).toEqual([created[0]!.data!.createReport]);
    });
  },
);
