import { formatFiscalYear, parseFiscalYear } from "../../server/src/rules";
import { expectRuleError } from "./expect-rule-error";

// Fiscal years; months are in wareki-month.test.ts.
describe("parseFiscalYear", () => {
  it.each<[string, number]>([
    ["H30年度", 2018],
    ["R元年度", 2019],
    ["R2年度", 2020],
    ["令和2年度", 2020],
    ["令和元年度", 2019],
    ["平成30年度", 2018],
    ["H31年度", 2019], // FY2019 began in Heisei 31
    ["平成31年度", 2019],
    ["2020年度", 2020],
    ["2020", 2020],
    ["R2", 2020],
    ["R02年度", 2020],
    ["r2年度", 2020],
    ["Ｒ２年度", 2020],
    ["令和２年度", 2020],
    ["２０２０年度", 2020],
    ["  R3年度 ", 2021],
    ["\u3000R3年度\u3000", 2021],
    ["R 3 年度", 2021],
    ["㋿3年度", 2021],
    ["㍻30年度", 2018],
    ["S63年度", 1988],
    ["昭和63年度", 1988],
    ["H元年度", 1989],
    ["S元年度", 1926],
    ["T15年度", 1926], // FY1926 began in Taisho 15
    ["M45年度", 1912],
    ["T元年度", 1912],
    ["M元年度", 1868],
  ])("%s → %i", (text, year) => {
    expect(parseFiscalYear(text)).toBe(year);
  });

  it.each([
    "H32年度", // FY2020 has no Heisei day
    "S64年度", // FY1989 starts after Showa ended (1989-01-07)
    "T16年度",
    "M46年度",
    "R0年度",
    "H0年度",
  ])("%s is outside its era → INVALID_WAREKI", (text) => {
    expectRuleError(() => parseFiscalYear(text), "INVALID_WAREKI", text);
  });

  it.each([
    "",
    "年度",
    "X2年度",
    "R年度",
    "R2年",
    "2020年",
    "20年度",
    "1867年度",
    "10000",
    "R2.5",
    "R2年度目",
    "abc",
    "2020-21",
  ])("%p → INVALID_FISCAL_YEAR", (text) => {
    expectRuleError(() => parseFiscalYear(text), "INVALID_FISCAL_YEAR", text);
  });

  it("rejects non-strings without crashing", () => {
    expectRuleError(
      () => parseFiscalYear(2020 as unknown as string),
      "INVALID_FISCAL_YEAR",
      "2020",
    );
  });
});

describe("formatFiscalYear", () => {
  it.each<[number, string, string]>([
    [1868, "M元年度", "明治元年度"],
    [1912, "T元年度", "大正元年度"],
    [1926, "S元年度", "昭和元年度"],
    [1988, "S63年度", "昭和63年度"],
    [1989, "H元年度", "平成元年度"],
    [2018, "H30年度", "平成30年度"],
    [2019, "R元年度", "令和元年度"],
    [2020, "R2年度", "令和2年度"],
    [2021, "R3年度", "令和3年度"],
  ])("%i → %s / %s", (year, short, long) => {
    expect(formatFiscalYear(year)).toBe(short);
    expect(formatFiscalYear(year, "short")).toBe(short);
    expect(formatFiscalYear(year, "long")).toBe(long);
  });

  it("round-trips with parseFiscalYear", () => {
    for (let year = 1868; year <= 2050; year++) {
      expect(parseFiscalYear(formatFiscalYear(year))).toBe(year);
      expect(parseFiscalYear(formatFiscalYear(year, "long"))).toBe(year);
    }
  });

  it.each([1867, 10000, 2020.5, NaN])("%p → INVALID_FISCAL_YEAR", (year) => {
    expectRuleError(() => formatFiscalYear(year), "INVALID_FISCAL_YEAR", String(year));
  });
});
