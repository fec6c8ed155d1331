import { openApi, type Api } from "../helpers/api";
import { backends, type Backend } from "../helpers/databases";
import { countOf, errorOf } from "./master-data-helpers";

const KPI = `id projectId position name baseline target unit direction version
  targetMonth targetMonthLabel targetMonthLabelLong`;
const CREATE = `mutation($projectId: ID!, $name: String!, $target: Decimal!, $unit: String!,
    $baseline: Decimal, $position: Int, $targetMonth: Month, $direction: KpiDirection) {
  createKpi(projectId: $projectId, name: $name, target: $target, unit: $unit, baseline: $baseline,
    position: $position, targetMonth: $targetMonth, direction: $direction) { ${KPI} } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $name: String, $target: Decimal, $baseline: Decimal,
    $position: Int, $targetMonth: Month, $direction: KpiDirection) {
  updateKpi(id: $id, version: $version, name: $name, target: $target, baseline: $baseline,
    position: $position, targetMonth: $targetMonth, direction: $direction) { ${KPI} } }`;
const KPI_INPUT = {
  name: "観光入込客数",
  target: "1,910",
  unit: "千人",
  targetMonth: "2023-03",
};

describe.each(backends().map((b) => [b.name, b] as const))("KPIs on %s", (_, backend: Backend) => {
  let api: Api;
  let kasokuProject: string;
  beforeAll(async () => {
    api = await openApi(backend, "seeded");
    const created = await api.query(`mutation { createProject(municipalityId: 1, grantTypeId: 3,
      number: 6, name: "加速化交付金の事業") { id grantType { name kpiLimit } } }`);
    expect(created.data.createProject.grantType).toEqual({
      name: "地方創生加速化交付金",
      kpiLimit: 5,
    });
    kasokuProject = created.data.createProject.id;
  });
  afterAll(() => api.close());

  it("lists the 16 seeded KPIs by project and position, with exact decimals and wareki months", async () => {
    const result = await api.query(`{ _allKpisMeta { count }
      all: allKpis(perPage: 100) { projectId position }
      three: allKpis(filter: { projectId: 3 }) { position unit }
      threeCount: _allKpisMeta(filter: { projectId: "3" }) { count }
      Kpi(id: 1) { ${KPI} project { number } } }`);
    expect(result.data._allKpisMeta).toEqual({ count: 16 });
    const perProject = [3, 3, 4, 3, 3];
    expect(result.data.all).toEqual(
      perProject.flatMap((n, p) =>
        Array.from({ length: n }, (_, i) => ({ projectId: String(p + 1), position: i + 1 })),
      ),
    );
    expect(result.data.three).toEqual(
      ["社", "社", "人", "件"].map((unit, i) => ({ position: i + 1, unit })),
    );
    expect(result.data.threeCount).toEqual({ count: 4 });
    expect(result.data.Kpi).toEqual({
      id: "1",
      projectId: "1",
      version: 1,
      position: 1,
      name: "DMO圏域観光宿泊延数",
      baseline: "1685",
      target: "1910",
      unit: "千泊",
      direction: "INCREASE",
      targetMonth: "2021-03",
      targetMonthLabel: "R3.3",
      targetMonthLabelLong: "令和3年3月",
      project: { number: 1 },
    });
    expect(errorOf(await api.query(`{ Kpi(id: 999) { id } }`)).code).toBe("NOT_FOUND");
  });

  it("refuses a 5th KPI under 地方創生推進交付金 (limit 4) and writes nothing", async () => {
    const error = errorOf(await api.query(CREATE, { ...KPI_INPUT, projectId: "3" }));
    expect(error).toMatchObject({ code: "BAD_USER_INPUT", field: ["projectId"] });
    expect(error.extensions.rule).toBe("KPI_LIMIT_EXCEEDED");
    expect(error.message).toBe("地方創生推進交付金のKPIは1事業あたり4件までです (5件)");
    expect(await countOf(api, "_allKpisMeta")).toBe(16);
  });

  it("allows 5 KPIs under 地方創生加速化交付金 (limit 5), in the first free slots", async () => {
    const positions: number[] = [];
    for (let i = 1; i <= 5; i++) {
      const result = await api.query(CREATE, {
        ...KPI_INPUT,
        name: `KPI ${i}`,
        projectId: kasokuProject,
      });
      expect(result.errors).toBeUndefined();
      positions.push(result.data.createKpi.position);
    }
    expect(positions).toEqual([1, 2, 3, 4, 5]);
    const sixth = errorOf(await api.query(CREATE, { ...KPI_INPUT, projectId: kasokuProject }));
    expect(sixth.messageEn).toBe("地方創生加速化交付金 allows at most 5 KPIs per project (got 6)");
    const list = await api.query(
      `{ allKpis(filter: { projectId: ${kasokuProject} }) { id target targetMonthLabel } }`,
    );
    expect(list.data.allKpis).toHaveLength(5);
    expect(list.data.allKpis[0]).toMatchObject({ target: "1910", targetMonthLabel: "R5.3" });
    // Free slot 2 again, then a new KPI without a position takes it.
    const second = list.data.allKpis[1].id as string;
    await api.query(`mutation { deleteKpi(id: ${second}) { id } }`);
    const refill = await api.query(CREATE, {
      ...KPI_INPUT,
      name: "KPI 2 again",
      projectId: kasokuProject,
    });
    expect(refill.data.createKpi.position).toBe(2);
    expect(await countOf(api, "_allKpisMeta")).toBe(21);
  });

  it.each([
    ["a missing project", { projectId: "999" }, "BAD_USER_INPUT", "projectId"],
    ["a taken position", { position: 1 }, "CONFLICT", "position"],
    ["position 0", { position: 0 }, "BAD_USER_INPUT", "position"],
    ["an empty name", { name: "" }, "BAD_USER_INPUT", "name"],
    ["a 31-character unit", { unit: "あ".repeat(31) }, "BAD_USER_INPUT", "unit"],
    ["target month 13", { targetMonth: "2023-13" }, "BAD_USER_INPUT", "targetMonth"],
    ["target month 0", { targetMonth: "2023-00" }, "BAD_USER_INPUT", "targetMonth"],
    ["target year 1988", { targetMonth: "1988-03" }, "BAD_USER_INPUT", "targetMonth"],
    ["target year 2101", { targetMonth: "2101-03" }, "BAD_USER_INPUT", "targetMonth"],
    ["a month that is no month", { targetMonth: "来年" }, "BAD_USER_INPUT", "targetMonth"],
    ["a wareki month outside its era", { targetMonth: "H32.3" }, "BAD_USER_INPUT", "targetMonth"],
    ["5 decimal places", { target: "1.23456" }, "BAD_USER_INPUT", "target"],
    ["17 integer digits", { baseline: "12345678901234567" }, "BAD_USER_INPUT", "baseline"],
  ])("refuses %s and writes nothing", async (_label, change, code, field) => {
    // Project 5 has 3 KPIs, so the limit is not what fails.
    const result = await api.query(CREATE, { ...KPI_INPUT, projectId: "5", ...change });
    expect(errorOf(result)).toMatchObject({ code, field: [field] });
    expect(await countOf(api, "_allKpisMeta", "{ projectId: 5 }")).toBe(3);
  });

  it("refuses a position beyond the grant type's slots and a number it cannot read", async () => {
    const slot = errorOf(await api.query(CREATE, { ...KPI_INPUT, projectId: "5", position: 5 }));
    expect(slot).toMatchObject({ code: "BAD_USER_INPUT", field: ["position"] });
    expect(slot.messageEn).toBe("地方創生推進交付金 has KPI positions 1 to 4 (got 5)");
    const text = errorOf(await api.query(CREATE, { ...KPI_INPUT, projectId: "5", target: "多い" }));
    expect(text.code).toBe("BAD_USER_INPUT");
    expect(await countOf(api, "_allKpisMeta", "{ projectId: 5 }")).toBe(3);
  });

  it("creates a decreasing decimal KPI, updates and deletes it", async () => {
    const created = await api.query(CREATE, {
      projectId: "5",
      name: "待機児童数",
      baseline: 36.3,
      target: "0.5",
      unit: "人",
      direction: "DECREASE",
    });
    const kpi = created.data.createKpi;
    expect(kpi).toMatchObject({
      position: 4,
      baseline: "36.3",
      target: "0.5",
      direction: "DECREASE",
      targetMonth: null,
    });
    // A month may be written in wareki; it reads back as "YYYY-MM" beside its labels.
    const updated = await api.query(UPDATE, {
      id: kpi.id,
      version: kpi.version,
      target: "682.3",
      baseline: null,
      targetMonth: "R元.5",
    });
    expect(updated.data.updateKpi).toMatchObject({
      baseline: null,
      target: "682.3",
      targetMonth: "2019-05",
      targetMonthLabel: "R元.5",
      targetMonthLabelLong: "令和元年5月",
    });
    const version = updated.data.updateKpi.version;
    expect(version).toBe(kpi.version + 1);
    const taken = errorOf(await api.query(UPDATE, { id: kpi.id, version, position: 1 }));
    expect(taken).toMatchObject({ code: "CONFLICT", field: ["position"] });
    const month = errorOf(await api.query(UPDATE, { id: kpi.id, version, targetMonth: "2024-13" }));
    expect(month).toMatchObject({ code: "BAD_USER_INPUT", field: ["targetMonth"] });
    const stale = errorOf(await api.query(UPDATE, { id: kpi.id, version: kpi.version, name: "x" }));
    expect(stale).toMatchObject({ code: "CONFLICT", extensions: { entity: "Kpi" } });
    expect(stale.extensions.current).toMatchObject({ id: kpi.id, version, target: "682.3" });
    const kept = await api.query(`{ Kpi(id: ${kpi.id}) { position target targetMonthLabel } }`);
    expect(kept.data.Kpi).toEqual({
      position: 4,
      target: "682.3",
      targetMonthLabel: "R元.5",
    });
    expect(errorOf(await api.query(UPDATE, { id: "999", version: 1, name: "x" })).code).toBe(
      "NOT_FOUND",
    );
    const removed = await api.query(`mutation { deleteKpi(id: ${kpi.id}) { name } }`);
    expect(removed.data.deleteKpi).toEqual({ name: "待機児童数" });
    expect(await countOf(api, "_allKpisMeta", "{ projectId: 5 }")).toBe(3);
  });

  it("will not delete a KPI that a report being written holds a value for", async () => {
    const error = errorOf(await api.query(`mutation { deleteKpi(id: 1) { id } }`));
    expect(error).toMatchObject({ code: "CONFLICT", field: ["id"] });
    expect(error.message).toBe(
      "作成中の報告書1件にこのKPIの実績値が入力されているため削除できません",
    );
    expect(await countOf(api, "_allKpisMeta", "{ projectId: 1 }")).toBe(3);
  });

  it("lets only one of several concurrent KPIs take a project's last slot", async () => {
    // Project 4 has 3 of its 4 slots in use; the project row lock queues the writers.
    const names = ["A", "B", "C", "D", "E", "F"];
    const results = await Promise.all(
      names.map((name) => api.query(CREATE, { ...KPI_INPUT, name, projectId: "4" })),
    );
    const codes = results.map((r) => (r.errors ? errorOf(r).code : "OK")).sort();
    expect(codes).toEqual([
      "BAD_USER_INPUT",
      "BAD_USER_INPUT",
      "BAD_USER_INPUT",
      "BAD_USER_INPUT",
      "BAD_USER_INPUT",
      "OK",
    ]);
    expect(await countOf(api, "_allKpisMeta", "{ projectId: 4 }")).toBe(4);
  });
});
