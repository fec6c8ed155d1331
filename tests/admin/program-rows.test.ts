import { mergeRows } from "../../admin/src/reports/programs/mergeRows";
import { gridFigures } from "../../admin/src/reports/programs/programFigures";
import {
  amountOf,
  emptyRow,
  programOf,
  rowOf,
  splitNameMarkers,
  type ProgramRow,
} from "../../admin/src/reports/programs/programRows";

/** Report 1 of the seed (DOMAIN.md): programs 36,264 (18,132) and 4,600 (2,300); 合計 states 18,132. */
const row = (values: Partial<ProgramRow>): ProgramRow => ({ ...emptyRow(), ...values });
const REPORT_1 = [
  row({
    name: "大雪カムイミントラDMO推進費",
    budget: "36,264",
    expectedGrant: "18,132",
    actual: "36,264",
    actualGrant: "18,132",
  }),
  row({
    name: "冬季観光滞在促進費",
    budget: "4,600",
    expectedGrant: "2,300",
    actual: "4,600",
    actualGrant: "2,300",
  }),
];
const STATED = {
  budget: "40,864",
  expectedGrant: "18,132",
  actual: "40,864",
  actualGrant: "18,132",
};

describe("a row of the budget-programs grid", () => {
  it("goes from a program in yen to text in the report's unit and back, exactly", () => {
    const program = {
      name: "食品産業支援費",
      isNew: false,
      isPartial: true,
      summary: "概要",
      mainResults: null,
      budget: 3_000_001,
      expectedGrant: 1_500_000,
      actual: null,
      actualGrant: null,
    };
    const text = rowOf(program, "THOUSAND_YEN");
    expect([text.budget, text.expectedGrant, text.actual]).toEqual(["3,000.001", "1,500", ""]);
    expect(programOf(text, "THOUSAND_YEN")).toEqual({ program, errors: null });
    expect(rowOf(program, "YEN").budget).toBe("3,000,001");
  });

  it("reads amounts with separators, full-width digits, a yen sign, a unit, or '-' for none", () => {
    expect(amountOf("36,264", "THOUSAND_YEN")).toBe(36_264_000);
    expect(amountOf("３６，２６４", "THOUSAND_YEN")).toBe(36_264_000);
    expect(amountOf("¥1,234", "YEN")).toBe(1_234);
    expect(amountOf("1,234円", "THOUSAND_YEN")).toBe(1_234);
    expect(amountOf("2千円", "YEN")).toBe(2_000);
    expect(amountOf("-", "YEN")).toBeNull();
    expect(amountOf(" ", "YEN")).toBeNull();
    expect(() => amountOf("1.5", "YEN")).toThrow();
    expect(() => amountOf("-3", "YEN")).toThrow();
  });

  it("takes the form's (新) and (関係分) markers off a name, in either width", () => {
    expect(splitNameMarkers("(新)デザイン推進 事業費")).toEqual({
      name: "デザイン推進 事業費",
      isNew: true,
      isPartial: false,
    });
    expect(splitNameMarkers("保育士確保事業 （関係分）")).toEqual({
      name: "保育士確保事業",
      isNew: false,
      isPartial: true,
    });
    expect(splitNameMarkers("（新）移住促進事業(関係分)")).toMatchObject({
      isNew: true,
      isPartial: true,
    });
    expect(splitNameMarkers("新規事業")).toEqual({
      name: "新規事業",
      isNew: false,
      isPartial: false,
    });
  });

  it("reports each cell's error: missing figures, a grant larger than its amount or without one", () => {
    const bad = row({
      name: "x".repeat(201),
      budget: "100",
      expectedGrant: "101",
      actualGrant: "5",
    });
    expect(programOf(bad, "YEN").errors).toEqual({
      name: { key: "sosei.programs.errors.tooLong", values: { max: 200 } },
      expectedGrant: { key: "sosei.programs.errors.grantExceeds" },
      actualGrant: { key: "sosei.programs.errors.grantWithoutAmount" },
    });
    expect(programOf(row({ name: "a" }), "YEN").errors).toEqual({
      budget: { key: "sosei.programs.errors.required" },
      expectedGrant: { key: "sosei.programs.errors.required" },
    });
  });
});

describe("the figures under the grid", () => {
  it("totals report 1 as the server does and shows its stated 合計 grant share of 18,132 against 20,432", () => {
    const figures = gridFigures(REPORT_1, "THOUSAND_YEN", STATED, "");
    expect(figures.totals).toEqual({
      budget: 40_864_000,
      expectedGrant: 20_432_000,
      actual: 40_864_000,
      actualGrant: 20_432_000,
    });
    expect(figures.executionRate).toBe(1);
    expect(figures.grantShare).toEqual({ budget: 0.5, actual: 0.5 });
    expect(figures.discrepancies).toEqual([
      { field: "expectedGrant", stated: 18_132_000, computed: 20_432_000, difference: -2_300_000 },
      { field: "actualGrant", stated: 18_132_000, computed: 20_432_000, difference: -2_300_000 },
    ]);
    expect(figures.incomplete).toBe(false);
  });

  it("follows an edited actual at once, and leaves out a cell it cannot read", () => {
    const edited = [
      { ...REPORT_1[0]!, actual: "30,000" },
      { ...REPORT_1[1]!, actual: "4,6oo" },
    ];
    const figures = gridFigures(edited, "THOUSAND_YEN", STATED, "");
    expect(figures.totals.actual).toBe(30_000_000);
    expect(figures.incomplete).toBe(true);
  });

  it("takes the project-level actual of a form without programs", () => {
    const blank = { budget: "", expectedGrant: "", actual: "", actualGrant: "" };
    const figures = gridFigures([], "YEN", blank, "1,234,567");
    expect(figures.totals).toEqual({
      budget: null,
      expectedGrant: null,
      actual: 1_234_567,
      actualGrant: null,
    });
    expect(figures.executionRate).toBeNull();
  });
});

describe("applying a user's grid edit again after someone else saved", () => {
  const started = REPORT_1.map((r) => ({ ...r }));
  it("keeps the other user's cells and takes the cells this user changed", () => {
    const theirs = [{ ...started[0]!, actual: "30,000" }, started[1]!];
    const mine = [started[0]!, { ...started[1]!, actual: "4,000", isNew: true }];
    const merged = mergeRows(started, mine, theirs)!;
    expect(merged.map((r) => [r.actual, r.isNew])).toEqual([
      ["30,000", false],
      ["4,000", true],
    ]);
  });

  it("gives up when rows were added, removed or moved, so the user's whole grid is sent", () => {
    const theirs = [started[0]!];
    expect(mergeRows(started, started, theirs)).toBeNull();
    expect(mergeRows(started, [...started, emptyRow()], started)).toBeNull();
  });
});
