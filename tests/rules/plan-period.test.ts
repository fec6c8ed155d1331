import {
  formatPlanPeriod,
  parsePlanPeriod,
  yearOfPlan,
  yearOfPlanLabel,
  type PlanPeriod,
} from "../../server/src/rules";
import { expectRuleError } from "./expect-rule-error";

describe("parsePlanPeriod", () => {
  it.each<[string, PlanPeriod]>([
    // The seed's spellings (U+FF5E "～").
    ["H30年度～R2年度 (3年度目)", { firstYear: 2018, lastYear: 2020, statedYearOfPlan: 3 }],
    ["R元年度～R3年度 (2年度目)", { firstYear: 2019, lastYear: 2021, statedYearOfPlan: 2 }],
    ["R2年度～R4年度 (初年度)", { firstYear: 2020, lastYear: 2022, statedYearOfPlan: 1 }],
    // Other separators, spacing and parentheses.
    ["R2年度~R4年度 (初年度)", { firstYear: 2020, lastYear: 2022, statedYearOfPlan: 1 }],
    ["R2年度〜R4年度(初年度)", { firstYear: 2020, lastYear: 2022, statedYearOfPlan: 1 }],
    ["R2年度－R4年度（初年度）", { firstYear: 2020, lastYear: 2022, statedYearOfPlan: 1 }],
    ["R2年度-R4年度", { firstYear: 2020, lastYear: 2022, statedYearOfPlan: null }],
    ["R2年度 ～ R4年度", { firstYear: 2020, lastYear: 2022, statedYearOfPlan: null }],
    ["令和2年度～令和4年度（1年度目）", { firstYear: 2020, lastYear: 2022, statedYearOfPlan: 1 }],
    [
      "平成30年度～令和2年度　（３年度目）",
      { firstYear: 2018, lastYear: 2020, statedYearOfPlan: 3 },
    ],
    ["H30年度～H31年度", { firstYear: 2018, lastYear: 2019, statedYearOfPlan: null }],
    ["2018年度～2020年度 (2年度目)", { firstYear: 2018, lastYear: 2020, statedYearOfPlan: 2 }],
    ["R2年度～R2年度 (初年度)", { firstYear: 2020, lastYear: 2020, statedYearOfPlan: 1 }],
    // Stated year of plan is returned as written, even if beyond the period.
    ["R2年度～R4年度 (5年度目)", { firstYear: 2020, lastYear: 2022, statedYearOfPlan: 5 }],
  ])("%s", (text, period) => {
    expect(parsePlanPeriod(text)).toEqual(period);
  });

  it.each([
    ["R4年度～R2年度 (初年度)", "R4年度～R2年度"],
    ["R2年度", "R2年度"],
    ["", ""],
    ["R2年度～", "R2年度～"],
    ["R2年度～R4年度 (0年度目)", "0年度目"],
    ["R2年度～R4年度 (3年目)", "3年目"],
    ["R2年度～X4年度", "X4年度"],
    ["H32年度～R4年度", "H32年度"],
  ])("%p → INVALID_PLAN_PERIOD", (text, fragment) => {
    expectRuleError(() => parsePlanPeriod(text), "INVALID_PLAN_PERIOD", fragment);
  });
});

describe("yearOfPlan / yearOfPlanLabel", () => {
  it.each<[number, number, number, number, string]>([
    [2018, 2020, 2018, 1, "初年度"],
    [2018, 2020, 2019, 2, "2年度目"],
    [2018, 2020, 2020, 3, "3年度目"],
    [2020, 2020, 2020, 1, "初年度"],
  ])("%i-%i, FY%i → %i (%s)", (first, last, fy, n, label) => {
    expect(yearOfPlan(first, last, fy)).toBe(n);
    expect(yearOfPlanLabel(first, last, fy)).toBe(label);
  });

  it.each([2017, 2021])("FY%i outside 2018-2020 → OUT_OF_PLAN_PERIOD", (fy) => {
    expectRuleError(
      () => yearOfPlan(2018, 2020, fy),
      "OUT_OF_PLAN_PERIOD",
      String(fy),
      "2018",
      "2020",
    );
    expectRuleError(() => yearOfPlanLabel(2018, 2020, fy), "OUT_OF_PLAN_PERIOD", String(fy));
  });

  it("rejects an inverted or non-integer period", () => {
    expectRuleError(() => yearOfPlan(2020, 2018, 2019), "INVALID_PLAN_PERIOD", "2020-2018");
    expectRuleError(() => yearOfPlan(2018, 2020, 2019.5), "INVALID_PLAN_PERIOD", "2018-2020");
  });
});

describe("formatPlanPeriod", () => {
  it.each<[number, number, number | undefined, string]>([
    [2018, 2020, 2020, "H30年度～R2年度 (3年度目)"],
    [2019, 2021, 2020, "R元年度～R3年度 (2年度目)"],
    [2020, 2022, 2020, "R2年度～R4年度 (初年度)"],
    [2020, 2022, undefined, "R2年度～R4年度"],
  ])("%i-%i FY%p → %s", (first, last, fy, text) => {
    expect(formatPlanPeriod(first, last, fy)).toBe(text);
  });

  it("round-trips with parsePlanPeriod", () => {
    expect(parsePlanPeriod(formatPlanPeriod(2018, 2020, 2020))).toEqual({
      firstYear: 2018,
      lastYear: 2020,
      statedYearOfPlan: 3,
    });
  });

  it("rejects periods it cannot print", () => {
    expectRuleError(() => formatPlanPeriod(2022, 2020), "INVALID_PLAN_PERIOD", "2022-2020");
    expectRuleError(() => formatPlanPeriod(2020, 2022, 2023), "OUT_OF_PLAN_PERIOD", "2023");
  });
});
