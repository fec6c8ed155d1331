import {
  findTotalDiscrepancies,
  sumPrograms,
  TOTAL_FIELDS,
  type Totals,
} from "../../server/src/rules";
import { report1, report2, report3, stated, statedTotals } from "./asahikawa";
import { expectRuleError } from "./expect-rule-error";

const computed: Totals = {
  budget: 1000,
  expectedGrant: 500,
  actual: 800,
  actualGrant: 400,
};

describe("findTotalDiscrepancies", () => {
  it("flags Asahikawa report 1: the 合計 row omits the second program's grant share", () => {
    expect(findTotalDiscrepancies(stated(statedTotals.report1), sumPrograms(report1))).toEqual([
      {
        field: "expectedGrant",
        stated: 18132000,
        computed: 20432000,
        difference: -2300000,
      },
      {
        field: "actualGrant",
        stated: 18132000,
        computed: 20432000,
        difference: -2300000,
      },
    ]);
  });

  it("finds nothing for Asahikawa reports 2 and 3", () => {
    expect(findTotalDiscrepancies(stated(statedTotals.report2), sumPrograms(report2))).toEqual([]);
    expect(findTotalDiscrepancies(stated(statedTotals.report3), sumPrograms(report3))).toEqual([]);
  });

  it("returns nothing when the form has no 合計 row", () => {
    expect(findTotalDiscrepancies(null, computed)).toEqual([]);
    expect(findTotalDiscrepancies({}, computed)).toEqual([]);
  });

  it("compares nothing the programs cannot compute (a form without programs)", () => {
    const noPrograms = sumPrograms([], 5000);
    expect(findTotalDiscrepancies({ budget: 1000, actual: 4000 }, noPrograms)).toEqual([
      { field: "actual", stated: 4000, computed: 5000, difference: -1000 },
    ]);
  });

  it("compares only the fields the form states", () => {
    const statedRow = {
      budget: 1000,
      expectedGrant: null,
      actual: undefined,
      actualGrant: 0,
    };
    expect(findTotalDiscrepancies(statedRow, computed)).toEqual([
      { field: "actualGrant", stated: 0, computed: 400, difference: -400 },
    ]);
  });

  it("reports in the form's column order with stated − computed", () => {
    const statedRow = {
      actualGrant: 401,
      actual: 700,
      expectedGrant: 600,
      budget: 999,
    };
    expect(findTotalDiscrepancies(statedRow, computed)).toEqual([
      { field: "budget", stated: 999, computed: 1000, difference: -1 },
      { field: "expectedGrant", stated: 600, computed: 500, difference: 100 },
      { field: "actual", stated: 700, computed: 800, difference: -100 },
      { field: "actualGrant", stated: 401, computed: 400, difference: 1 },
    ]);
    expect(TOTAL_FIELDS).toEqual(["budget", "expectedGrant", "actual", "actualGrant"]);
  });

  it("rejects a stated value that is not yen", () => {
    expectRuleError(
      () => findTotalDiscrepancies({ budget: 0.5 }, computed),
      "INVALID_AMOUNT",
      "stated.budget",
    );
  });
});
