import { assertYen, parseAmount, toYen, UNIT_LABELS, type MoneyUnit } from "../../server/src/rules";
import { expectRuleError } from "./expect-rule-error";

describe("UNIT_LABELS", () => {
  it("labels both units", () => {
    expect(UNIT_LABELS).toEqual({ YEN: "円", THOUSAND_YEN: "千円" });
  });
});

describe("assertYen", () => {
  it.each([0, 1, 36264000, Number.MAX_SAFE_INTEGER])("%p is yen", (value) => {
    expect(assertYen(value)).toBe(value);
  });

  it("folds -0 to 0", () => {
    expect(Object.is(assertYen(-0), 0)).toBe(true);
  });

  it.each([
    -1,
    0.5,
    0.1 + 0.2,
    NaN,
    Infinity,
    Number.MAX_SAFE_INTEGER + 1,
    "100",
    null,
    undefined,
    10n,
  ])("%p → INVALID_AMOUNT naming the field", (value) => {
    expectRuleError(() => assertYen(value, "budget"), "INVALID_AMOUNT", "budget", String(value));
  });
});

describe("toYen", () => {
  it.each<[number, MoneyUnit, number]>([
    [0, "YEN", 0],
    [36264, "YEN", 36264],
    [36264, "THOUSAND_YEN", 36264000],
    [Number.MAX_SAFE_INTEGER, "YEN", Number.MAX_SAFE_INTEGER],
    [9007199254740, "THOUSAND_YEN", 9007199254740000], // largest whole 千円 that fits
  ])("%p %s → %p", (amount, unit, yen) => {
    expect(toYen(amount, unit)).toBe(yen);
  });

  it.each<[number, MoneyUnit]>([
    [9007199254741, "THOUSAND_YEN"], // 9,007,199,254,741,000 yen > 2^53 − 1
    [-1, "YEN"],
    [1.5, "THOUSAND_YEN"],
    [0.1 + 0.2, "YEN"],
    [NaN, "YEN"],
    [Number.MAX_SAFE_INTEGER + 2, "YEN"],
  ])("%p %s → INVALID_AMOUNT", (amount, unit) => {
    expectRuleError(() => toYen(amount, unit), "INVALID_AMOUNT", String(amount));
  });

  it("rejects an unknown unit", () => {
    expectRuleError(() => toYen(1, "MAN_YEN" as MoneyUnit), "INVALID_AMOUNT", "MAN_YEN");
  });
});

describe("parseAmount", () => {
  it.each<[string, MoneyUnit, number]>([
    ["36,264", "THOUSAND_YEN", 36264000],
    ["36264", "THOUSAND_YEN", 36264000],
    ["0", "THOUSAND_YEN", 0],
    ["0", "YEN", 0],
    ["１,２３４", "THOUSAND_YEN", 1234000],
    ["１，２３４", "YEN", 1234],
    ["３６２６４", "YEN", 36264],
    [" 40,864 ", "THOUSAND_YEN", 40864000],
    ["1,234,567", "YEN", 1234567],
    ["1,234.5", "THOUSAND_YEN", 1234500],
    ["1,234.56", "THOUSAND_YEN", 1234560],
    ["1,234.567", "THOUSAND_YEN", 1234567],
    ["1234.500", "THOUSAND_YEN", 1234500],
    ["0.001", "THOUSAND_YEN", 1],
    ["0.3", "THOUSAND_YEN", 300], // where 0.1 + 0.2 would not be 0.3
    ["１．５", "THOUSAND_YEN", 1500],
    ["9,007,199,254,740.991", "THOUSAND_YEN", Number.MAX_SAFE_INTEGER],
    ["9007199254740991", "YEN", Number.MAX_SAFE_INTEGER],
  ])("%p in %s → %p yen", (text, unit, yen) => {
    expect(parseAmount(text, unit)).toBe(yen);
  });

  it.each<[string, MoneyUnit]>([
    ["9007199254741", "THOUSAND_YEN"],
    ["9,007,199,254,740.992", "THOUSAND_YEN"],
    ["9007199254740992", "YEN"],
    ["-1", "YEN"],
    ["-1,000", "THOUSAND_YEN"],
    ["△100", "THOUSAND_YEN"],
    ["▲100", "THOUSAND_YEN"],
    ["1.5", "YEN"],
    ["1,234.5678", "THOUSAND_YEN"],
    ["0.1+0.2", "THOUSAND_YEN"],
    ["1e3", "YEN"],
    ["", "YEN"],
    ["-", "YEN"],
    ["abc", "YEN"],
    ["1,23", "YEN"],
    ["12,34,567", "YEN"],
    [",123", "YEN"],
    ["1.", "THOUSAND_YEN"],
    [".5", "THOUSAND_YEN"],
    ["1 234", "YEN"],
    ["36,264 (18,132)", "THOUSAND_YEN"],
    ["100円", "YEN"],
    ["Infinity", "YEN"],
  ])("%p in %s → INVALID_AMOUNT", (text, unit) => {
    expectRuleError(() => parseAmount(text, unit), "INVALID_AMOUNT", text);
  });
});
