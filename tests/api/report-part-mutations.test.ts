import { openApi, type Api, type GraphQLResult } from "../helpers/api";
import { backends } from "../helpers/databases";

/**
 * The write side of a report's parts over HTTP (⑥ KPI values, ⑦ evaluation, ⑧ policy):
 * stored values read back through the API, the version up by exactly one per write.
 */
function data<D>(result: GraphQLResult<D>): D {
  expect(result.errors).toBeUndefined();
  return result.data!;
}

describe.each(backends().map((b) => [b.name, b] as const))(
  "report part mutations on %s",
  (_, backend) => {
    let api: Api;
    beforeAll(async () => {
      api = await openApi(backend, "seeded");
    });
    afterAll(() => api.close());

    const read = async (id: number | string, fields: string) =>
      data(await api.query(`query($id: ID!) { Report(id: $id) { ${fields} } }`, { id })).Report;
    const categoryId = async (kind: string, label: string): Promise<string> => {
      const { allCategories } = data(
        await api.query(
          `query($k: [CategoryKind!]) { allCategories(filter: { kind: $k }) { id label } }`,
          { k: kind },
        ),
      );
      return allCategories.find((c: { label: string }) => c.label === label).id;
    };

    it("saveReportKpiValues upserts the values given and leaves the other KPIs alone", async () => {
      const KPIS = "version kpis { kpiId value { kpiId value notMeasured asOf isReference } }";
      type Row = { kpiId: number; value: unknown };
      const before = await read(4, KPIS);
      expect(before.kpis).toHaveLength(3);
      const [k1, k2, k3] = before.kpis.map((k: Row) => k.kpiId);
      const saved = data(
        await api.query(
          `mutation($v: Int!, $values: [KpiValueInput!]!) {
          saveReportKpiValues(reportId: 4, version: $v, values: $values) { id version } }`,
          {
            v: before.version,
            values: [
              { kpiId: k1, value: "682.3", asOf: "2021-03", isReference: true },
              { kpiId: k2, notMeasured: true },
            ],
          },
        ),
      ).saveReportKpiValues;
      expect(saved).toEqual({ id: "4", version: before.version + 1 });
      const after = await read(4, KPIS);
      expect(after.version).toBe(before.version + 1);
      expect(after.kpis.map((k: Row) => k.value)).toEqual([
        {
          kpiId: k1,
          value: "682.3",
          notMeasured: false,
          asOf: "2021-03",
          isReference: true,
        },
        { kpiId: k2, value: null, notMeasured: true, asOf: null, isReference: false },
        before.kpis[2].value,
      ]);
      expect(before.kpis[2].value.kpiId).toBe(k3);

      // Zero and negative figures and a value without a month are kept exactly.
      const again = data(
        await api.query(
          `mutation($v: Int!, $values: [KpiValueInput!]!) {
          saveReportKpiValues(reportId: 4, version: $v, values: $values) { version } }`,
          {
            v: after.version,
            values: [
              { kpiId: k1, value: "0" },
              { kpiId: k3, value: "-12.3456" },
            ],
          },
        ),
      ).saveReportKpiValues;
      expect(again.version).toBe(after.version + 1);
      const last = await read(4, KPIS);
      expect(last.kpis.map((k: Row) => k.value)).toEqual([
        { kpiId: k1, value: "0", notMeasured: false, asOf: null, isReference: false },
        after.kpis[1].value,
        { kpiId: k3, value: "-12.3456", notMeasured: false, asOf: null, isReference: false },
      ]);
    });

    it("updateEvaluation and updateFuturePolicy record the category, its text and the opinion", async () => {
      const evaluation = await categoryId("EVALUATION", "総合戦略のKPI達成に有効であった");
      const policy = await categoryId("POLICY", "事業の継続");
      const { version } = await read(1, "version");
      // Saving a part returns the whole report, with its new version.
      const EVAL =
        "version evaluation { reportId categoryId categoryText opinion category { label } }";
      const first = data(
        await api.query(
          `mutation($v: Int!, $c: ID) { updateEvaluation(reportId: 1, version: $v, categoryId: $c, opinion: "有効であった") { ${EVAL} } }`,
          { v: version, c: evaluation },
        ),
      ).updateEvaluation;
      expect(first).toEqual({
        version: version + 1,
        evaluation: {
          reportId: "1",
          categoryId: evaluation,
          categoryText: "総合戦略のKPI達成に有効であった",
          opinion: "有効であった",
          category: { label: "総合戦略のKPI達成に有効であった" },
        },
      });
      // Only the opinion given: the category stays.
      const second = data(
        await api.query(
          `mutation($v: Int!) { updateEvaluation(reportId: 1, version: $v, opinion: "意見を修正") { ${EVAL} } }`,
          { v: version + 1 },
        ),
      ).updateEvaluation;
      expect(second).toEqual({
        version: version + 2,
        evaluation: { ...first.evaluation, opinion: "意見を修正" },
      });

      const POLICY =
        "version futurePolicy { reportId categoryId categoryText reason category { label } }";
      const future = data(
        await api.query(
          `mutation($v: Int!, $c: ID) { updateFuturePolicy(reportId: 1, version: $v, categoryId: $c, reason: "継続する") { ${POLICY} } }`,
          { v: version + 2, c: policy },
        ),
      ).updateFuturePolicy;
      expect(future).toEqual({
        version: version + 3,
        futurePolicy: {
          reportId: "1",
          categoryId: policy,
          categoryText: "事業の継続 (計画通りに事業を継続する(または、概ね同内容で継続する))",
          reason: "継続する",
          category: { label: "事業の継続" },
        },
      });
      const after = await read(
        1,
        "version evaluation { categoryId categoryText opinion } futurePolicy { categoryId categoryText reason }",
      );
      expect(after).toEqual({
        version: version + 3,
        evaluation: {
          categoryId: evaluation,
          categoryText: first.evaluation.categoryText,
          opinion: "意見を修正",
        },
        futurePolicy: {
          categoryId: policy,
          categoryText: future.futurePolicy.categoryText,
          reason: "継続する",
        },
      });
    });
  },
);
