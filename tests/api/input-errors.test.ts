import { variablePath } from "../../server/src/http/variable-errors";
import { openApi, type Api } from "../helpers/api";
import { backends } from "../helpers/databases";

/**
 * Input that graphql-js refuses before any resolver runs (a scalar it cannot coerce, a
 * missing variable, a bad literal) answers like every other input error: Japanese message,
 * English in messageEn, and the place in extensions.field. Engine-independent: the embedded engine only.
 */
const PROGRAMS = `mutation($programs: [BudgetProgramInput!]!) {
  saveReportPrograms(reportId: 1, version: 1, programs: $programs) { id } }`;
const program = { name: "事業", budget: 1000, expectedGrant: 500 };

describe("input errors graphql-js finds", () => {
  let api: Api;
  beforeAll(async () => {
    api = await openApi(backends()[0]!, "seeded");
  });
  afterAll(() => api.close());

  const errorOf = async (source: string, variables?: Record<string, unknown>) => {
    const result = await api.query(source, variables);
    expect(result.data).toBeUndefined();
    expect(result.errors).toHaveLength(1);
    const { message, extensions } = result.errors![0]!;
    return { message, code: extensions.code, field: extensions.field, en: extensions.messageEn };
  };

  it("a negative amount deep in a variable names its place, in Japanese and English", async () => {
    expect(
      await errorOf(PROGRAMS, { programs: [program, { ...program, expectedGrant: -5 }] }),
    ).toEqual({
      message:
        "変数 programs[1].expectedGrant の値が不正です: 金額 -5 は 0 以上の整数 (円) ではありません",
      code: "BAD_USER_INPUT",
      field: ["programs", 1, "expectedGrant"],
      en: 'Variable "$programs" got invalid value -5 at "programs[1].expectedGrant"; amount -5 is not a non-negative whole number of yen',
    });
    // Fractions of a yen do not exist.
    expect(await errorOf(PROGRAMS, { programs: [{ ...program, budget: 1000.5 }] })).toMatchObject({
      field: ["programs", 0, "budget"],
      message: expect.stringContaining("金額 1000.5 は 0 以上の整数"),
    });
  });

  it("a KPI value that is no number, and a type graphql-js checks itself", async () => {
    const values = `mutation($values: [KpiValueInput!]!) {
      saveReportKpiValues(reportId: 1, version: 1, values: $values) { id } }`;
    expect(await errorOf(values, { values: [{ kpiId: 1, value: "たくさん" }] })).toEqual({
      message: "変数 values[0].value の値が不正です: 数値 たくさん を解釈できません",
      code: "BAD_USER_INPUT",
      field: ["values", 0, "value"],
      en: 'Variable "$values" got invalid value "たくさん" at "values[0].value"; たくさん is not a decimal number',
    });
    expect(await errorOf(values, { values: [{ kpiId: 1, notMeasured: "yes" }] })).toMatchObject({
      message: '変数 values[0].notMeasured の値 "yes" は Boolean 型として受け付けられません',
      field: ["values", 0, "notMeasured"],
      en: expect.stringMatching(/^Variable "\$values" got invalid value "yes"/),
    });
  });

  it("says graphql-js's other reasons in Japanese, never mixing in the English", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [
        { programs: [{ ...program, nam: "x" }] },
        "変数 programs[0] の項目「nam」は BudgetProgramInput にありません",
      ],
      [
        { programs: [{ budget: 1, expectedGrant: 1 }] },
        "変数 programs[0] の必須項目「name」(String!) がありません",
      ],
    ];
    for (const [variables, message] of cases) {
      const error = await errorOf(PROGRAMS, variables);
      expect(error.message).toBe(message);
      // Type and field names stay as the schema spells them; no English sentence.
      expect(error.message).not.toMatch(/ (is|not|of|the|was|by) /);
      expect(error.en).toMatch(/^Variable "\$programs" got invalid value/);
    }
    const status = await errorOf(
      `query($s: [ReportStatus!]) { allReports(filter: { status: $s }) { id } }`,
      {
        s: ["NOPE"],
      },
    );
    expect(status.message).toBe("変数 s[0] の値「NOPE」は ReportStatus の選択肢にありません");
  });

  it("a missing required variable, and a bad literal in the document", async () => {
    expect(await errorOf(PROGRAMS, {})).toEqual({
      message: "必須の変数 $programs ([BudgetProgramInput!]!) が指定されていません",
      code: "BAD_USER_INPUT",
      field: ["programs"],
      en: 'Variable "$programs" of required type "[BudgetProgramInput!]!" was not provided.',
    });
    const literal = await errorOf(
      `mutation { updateReport(id: 1, version: 1, statedBudgetTotal: -1) { id } }`,
    );
    expect(literal).toMatchObject({
      message: "金額 -1 は 0 以上の整数 (円) ではありません",
      code: "GRAPHQL_VALIDATION_FAILED",
      en: "amount -1 is not a non-negative whole number of yen",
    });
  });

  it("answers HTTP 200, so that clients which drop the body of a 400 still show the error", async () => {
    const result = await api.query(PROGRAMS, { programs: [{ ...program, budget: -1 }] });
    expect(result.status).toBe(200);
    expect(result.errors![0]!.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: ["programs", 0, "budget"],
    });
    // A document that does not fit the schema is the client's bug: still 400.
    const invalid = await api.query(`{ allReports { noSuchField } }`);
    expect(invalid.status).toBe(400);
  });

  it("reads a variable's place as a path", () => {
    expect(variablePath("programs[12].budget")).toEqual(["programs", 12, "budget"]);
    expect(variablePath("values")).toEqual(["values"]);
    expect(variablePath("a.b[0][1].c")).toEqual(["a", "b", 0, 1, "c"]);
  });
});
