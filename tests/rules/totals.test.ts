import {
  checkGrantShare,
  executionRate,
  formatAmountWithGrant,
  formatPercent,
  sumPrograms,
  type ProgramAmounts,
} from "../../server/src/rules";
import { report1, report2, report3, stated, statedTotals } from "./asahikawa";
import { expectRuleError } from "./expect-rule-error";

describe("sumPrograms", () => {
  it("sums Asahikawa report 3 (7 programs) to its printed 合計", () => {
    const totals = sumPrograms(report3);
    expect(totals).toEqual({
      budget: 43995000,
      expectedGrant: 21997000,
      actual: 36479000,
      actualGrant: 18239000,
    });
    expect(totals).toEqual(stated(statedTotals.report3));
    expect(formatAmountWithGrant(totals.budget!, totals.expectedGrant, "THOUSAND_YEN")).toBe(
      "43,995 (21,997)",
    );
    expect(formatAmountWithGrant(totals.actual!, totals.actualGrant, "THOUSAND_YEN")).toBe(
      "36,479 (18,239)",
    );
  });

  it("sums Asahikawa report 2 (9 programs) to its printed 合計", () => {
    expect(sumPrograms(report2)).toEqual(stated(statedTotals.report2));
  });

  it("computes report 1's true grant totals, not the printed 18,132", () => {
    expect(sumPrograms(report1)).toEqual({
      budget: 40864000,
      expectedGrant: 20432000,
      actual: 40864000,
      actualGrant: 20432000,
    });
  });

  it("counts missing actuals as 0 beside entered ones; a column with no figure is null", () => {
    const programs: ProgramAmounts[] = [
      { budget: 1000, expectedGrant: 500, actual: null, actualGrant: null },
      { budget: 2000, expectedGrant: 1000, actual: 1500, actualGrant: null },
    ];
    expect(sumPrograms(programs)).toEqual({
      budget: 3000,
      expectedGrant: 1500,
      actual: 1500,
      actualGrant: null,
    });
    expect(sumPrograms(programs, 999)).toEqual({
      budget: 3000,
      expectedGrant: 1500,
      actual: 1500,
      actualGrant: null,
    });
  });

  it.each<[number | null | undefined, number | null]>([
    [undefined, null],
    [null, null],
    [0, 0],
    [1234567, 1234567],
  ])("with no programs, actual = projectActual (%p), the rest null", (projectActual, actual) => {
    expect(sumPrograms([], projectActual)).toEqual({
      budget: null,
      expectedGrant: null,
      actual,
      actualGrant: null,
    });
  });

  it("rejects invalid amounts, naming the program field", () => {
    const bad = [{ budget: 1.5, expectedGrant: 0, actual: null, actualGrant: null }];
    expectRuleError(() => sumPrograms(bad), "INVALID_AMOUNT", "programs[0].budget", "1.5");
    expectRuleError(() => sumPrograms([], -1), "INVALID_AMOUNT", "projectActual");
  });

  it("rejects a sum beyond the safe-integer range instead of rounding", () => {
    const big = {
      budget: Number.MAX_SAFE_INTEGER,
      expectedGrant: 0,
      actual: null,
      actualGrant: null,
    };
    expectRuleError(
      () => sumPrograms([big, { ...big, budget: 1 }]),
      "INVALID_AMOUNT",
      "programs[1].budget",
    );
  });
});

describe("executionRate / formatPercent", () => {
  it("Asahikawa report 3: 36,479 / 43,995", () => {
    const t = sumPrograms(report3);
    const rate = executionRate(t.actual, t.budget);
    expect(rate).toBe(36479 / 43995);
    expect(formatPercent(rate)).toBe("82.9%");
    expect(formatPercent(rate, 2)).toBe("82.92%");
  });

  it.each<[number | null, number | null, number | null]>([
    [null, 100, null],
    [100, null, null],
    [0, 0, null],
    [100, 0, null],
    [0, 100, 0],
    [50, 100, 0.5],
    [150, 100, 1.5],
  ])("executionRate(%p, %p) → %p", (actual, budget, rate) => {
    expect(executionRate(actual, budget)).toBe(rate);
  });

  it.each<[number | null, number | undefined, string]>([
    [0.8891, undefined, "88.9%"],
    [0.8891, 0, "89%"],
    [0.8891, 2, "88.91%"],
    [1, undefined, "100.0%"],
    [0, undefined, "0.0%"],
    [1.65, undefined, "165.0%"],
    [-0.25, undefined, "-25.0%"],
    [null, undefined, "-"],
    [NaN, undefined, "-"],
  ])("formatPercent(%p, %p) → %s", (ratio, digits, text) => {
    expect(formatPercent(ratio, digits)).toBe(text);
  });

  it("rejects invalid digits and amounts", () => {
    expectRuleError(() => formatPercent(0.5, -1), "INVALID_AMOUNT", "-1");
    expectRuleError(() => executionRate(-1, 100), "INVALID_AMOUNT", "actual");
  });
});

describe("checkGrantShare", () => {
  it.each<[number, number, boolean]>([
    [36264000, 18132000, true],
    [1000, 1000, true],
    [0, 0, true],
    [1000, 1001, false],
  ])("amount %p, grant %p → %p", (amount, grant, ok) => {
    expect(checkGrantShare(amount, grant)).toBe(ok);
  });

  it("rejects invalid amounts", () => {
    expectRuleError(() => checkGrantShare(100, 0.5), "INVALID_AMOUNT", "grant");
  });
});
