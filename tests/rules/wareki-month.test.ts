import {
  compareMonths,
  fiscalYearOfMonth,
  formatMonth,
  isValidMonth,
  parseMonth,
  type YearMonth,
} from "../../server/src/rules";
import { expectRuleError } from "./expect-rule-error";

describe("parseMonth", () => {
  it.each<[string, YearMonth]>([
    ["R3.3", { year: 2021, month: 3 }],
    ["R3.03", { year: 2021, month: 3 }],
    ["R元.5", { year: 2019, month: 5 }],
    ["令和3年3月", { year: 2021, month: 3 }],
    ["令和元年5月", { year: 2019, month: 5 }],
    ["H30.12", { year: 2018, month: 12 }],
    ["2021-03", { year: 2021, month: 3 }],
    ["2021/3", { year: 2021, month: 3 }],
    ["2021.3", { year: 2021, month: 3 }],
    ["2021年3月", { year: 2021, month: 3 }],
    ["Ｒ３．３", { year: 2021, month: 3 }],
    ["令和３年１２月", { year: 2021, month: 12 }],
    ["２０２１－０３", { year: 2021, month: 3 }],
    [" R7.3 ", { year: 2025, month: 3 }],
    ["R4/3", { year: 2022, month: 3 }],
    ["H31.4", { year: 2019, month: 4 }],
    ["平成31年4月", { year: 2019, month: 4 }],
    ["H31.1", { year: 2019, month: 1 }],
    // January 1989 holds both Showa 64 (1–7) and Heisei 1 (8–31).
    ["S64.1", { year: 1989, month: 1 }],
    ["H元.1", { year: 1989, month: 1 }],
    ["S63.12", { year: 1988, month: 12 }],
    ["T15.12", { year: 1926, month: 12 }],
    ["S元.12", { year: 1926, month: 12 }],
    ["M45.7", { year: 1912, month: 7 }],
    ["T元.7", { year: 1912, month: 7 }],
    ["M元.10", { year: 1868, month: 10 }],
  ])("%s → %o", (text, ym) => {
    expect(parseMonth(text)).toEqual(ym);
  });

  it.each([
    "R元.4", // April 2019 was Heisei 31
    "H31.5", // Reiwa began on 1 May 2019
    "H32.1",
    "S64.2",
    "S64.12", // Showa ended on 1989-01-07
    "T16.1",
  ])("%s lies outside its era → INVALID_MONTH", (text) => {
    expectRuleError(() => parseMonth(text), "INVALID_MONTH", text);
  });

  it.each([
    "R3.0",
    "R3.13",
    "2021-00",
    "2021-13",
    "2021年13月",
    "R0.5",
    "R3",
    "R3.",
    "R3.3.1",
    "2021",
    "21-03",
    "2021-003",
    "X3.3",
    "1868-09",
    "M元.9",
    "",
    "令和3年3",
  ])("%p → INVALID_MONTH", (text) => {
    expectRuleError(() => parseMonth(text), "INVALID_MONTH", text);
  });
});

describe("formatMonth", () => {
  it.each<[YearMonth, string, string]>([
    [{ year: 2021, month: 3 }, "R3.3", "令和3年3月"],
    [{ year: 2019, month: 5 }, "R元.5", "令和元年5月"],
    [{ year: 2019, month: 4 }, "H31.4", "平成31年4月"],
    [{ year: 2018, month: 12 }, "H30.12", "平成30年12月"],
    [{ year: 1989, month: 1 }, "H元.1", "平成元年1月"], // the era's start month uses the new era
    [{ year: 1988, month: 12 }, "S63.12", "昭和63年12月"],
    [{ year: 1926, month: 12 }, "S元.12", "昭和元年12月"],
    [{ year: 1912, month: 7 }, "T元.7", "大正元年7月"],
    [{ year: 1868, month: 10 }, "M元.10", "明治元年10月"],
  ])("%o → %s / %s", (ym, short, long) => {
    expect(formatMonth(ym)).toBe(short);
    expect(formatMonth(ym, "long")).toBe(long);
  });

  it("round-trips with parseMonth", () => {
    for (let year = 1985; year <= 2030; year++) {
      for (let month = 1; month <= 12; month++) {
        expect(parseMonth(formatMonth({ year, month }))).toEqual({
          year,
          month,
        });
        expect(parseMonth(formatMonth({ year, month }, "long"))).toEqual({
          year,
          month,
        });
      }
    }
  });

  it.each<YearMonth>([
    { year: 2021, month: 13 },
    { year: 2021, month: 0 },
    { year: 2021.5, month: 3 },
    { year: 1868, month: 9 },
  ])("%o → INVALID_MONTH", (ym) => {
    expectRuleError(() => formatMonth(ym), "INVALID_MONTH", String(ym.year));
  });
});

describe("fiscalYearOfMonth", () => {
  it.each<[YearMonth, number]>([
    [{ year: 2021, month: 3 }, 2020],
    [{ year: 2021, month: 4 }, 2021],
    [{ year: 2021, month: 1 }, 2020],
    [{ year: 2020, month: 12 }, 2020],
    [{ year: 2019, month: 4 }, 2019],
    [{ year: 1989, month: 1 }, 1988],
  ])("%o → FY%i", (ym, fy) => {
    expect(fiscalYearOfMonth(ym)).toBe(fy);
  });

  it("rejects invalid months", () => {
    expectRuleError(() => fiscalYearOfMonth({ year: 2021, month: 13 }), "INVALID_MONTH", "13");
  });
});

describe("compareMonths / isValidMonth", () => {
  it("orders by year, then month", () => {
    expect(compareMonths({ year: 2021, month: 3 }, { year: 2021, month: 3 })).toBe(0);
    expect(compareMonths({ year: 2021, month: 3 }, { year: 2021, month: 4 })).toBeLessThan(0);
    expect(compareMonths({ year: 2022, month: 1 }, { year: 2021, month: 12 })).toBeGreaterThan(0);
    const sorted = [parseMonth("R3.3"), parseMonth("H30.12"), parseMonth("R元.5")].sort(
      compareMonths,
    );
    expect(sorted.map((ym) => formatMonth(ym))).toEqual(["H30.12", "R元.5", "R3.3"]);
  });

  it.each<[unknown, boolean]>([
    [{ year: 2021, month: 3 }, true],
    [{ year: 1868, month: 10 }, true],
    [{ year: 9999, month: 12 }, true],
    [{ year: 1868, month: 9 }, false],
    [{ year: 10000, month: 1 }, false],
    [{ year: 2021, month: 0 }, false],
    [{ year: 2021, month: 13 }, false],
    [{ year: 2021, month: 3.5 }, false],
    [{ year: "2021", month: 3 }, false],
    [null, false],
  ])("%o → %p", (ym, valid) => {
    expect(isValidMonth(ym as YearMonth)).toBe(valid);
  });
});
