import {
  amountInUnit,
  formatAmount,
  formatAmountWithGrant,
  parseAmount,
  type MoneyUnit,
} from "../../server/src/rules";
import { expectRuleError } from "./expect-rule-error";

describe("formatAmount / amountInUnit", () => {
  it.each<[number, MoneyUnit, string, string]>([
    [36264000, "THOUSAND_YEN", "36,264", "36264"],
    [1234567, "THOUSAND_YEN", "1,234.567", "1234.567"],
    [1234500, "THOUSAND_YEN", "1,234.5", "1234.5"],
    [1234560, "THOUSAND_YEN", "1,234.56", "1234.56"],
    [1, "THOUSAND_YEN", "0.001", "0.001"],
    [10, "THOUSAND_YEN", "0.01", "0.01"],
    [0, "THOUSAND_YEN", "0", "0"],
    [999, "THOUSAND_YEN", "0.999", "0.999"],
    [1000, "THOUSAND_YEN", "1", "1"],
    [Number.MAX_SAFE_INTEGER, "THOUSAND_YEN", "9,007,199,254,740.991", "9007199254740.991"],
    [1234567, "YEN", "1,234,567", "1234567"],
    [0, "YEN", "0", "0"],
    [999, "YEN", "999", "999"],
    [1000, "YEN", "1,000", "1000"],
    [Number.MAX_SAFE_INTEGER, "YEN", "9,007,199,254,740,991", "9007199254740991"],
  ])("%p yen in %s → %s / %s", (yen, unit, formatted, plain) => {
    expect(formatAmount(yen, unit)).toBe(formatted);
    expect(amountInUnit(yen, unit)).toBe(plain);
  });

  it("round-trips with parseAmount", () => {
    for (const yen of [
      0,
      1,
      999,
      1000,
      1001,
      36264000,
      1234567,
      987654321,
      Number.MAX_SAFE_INTEGER,
    ]) {
      for (const unit of ["YEN", "THOUSAND_YEN"] as const) {
        expect(parseAmount(formatAmount(yen, unit), unit)).toBe(yen);
        expect(parseAmount(amountInUnit(yen, unit), unit)).toBe(yen);
      }
    }
  });

  it.each([-1, 0.5, NaN])("%p → INVALID_AMOUNT", (yen) => {
    expectRuleError(() => formatAmount(yen, "YEN"), "INVALID_AMOUNT", String(yen));
    expectRuleError(() => amountInUnit(yen, "THOUSAND_YEN"), "INVALID_AMOUNT", String(yen));
  });
});

describe("formatAmountWithGrant", () => {
  it.each<[number, number | null, MoneyUnit, string]>([
    [36264000, 18132000, "THOUSAND_YEN", "36,264 (18,132)"],
    [40864000, 18132000, "THOUSAND_YEN", "40,864 (18,132)"],
    [0, 0, "THOUSAND_YEN", "0 (0)"],
    [36264000, null, "THOUSAND_YEN", "36,264"],
    [1234567, 617283, "YEN", "1,234,567 (617,283)"],
  ])("%p (%p) in %s → %s", (total, grant, unit, text) => {
    expect(formatAmountWithGrant(total, grant, unit)).toBe(text);
  });
});
