/**
 * Program rows (④) of the Asahikawa FY2020 report, as printed in 千円, from
 * seeds/source/asahikawa-fy2020.txt: [budget, expected grant, actual, actual grant].
 */
import { toYen, type ProgramAmounts } from "../../server/src/rules";

type Row = readonly [number, number, number, number];

export function programs(rows: readonly Row[]): ProgramAmounts[] {
  return rows.map(([budget, expectedGrant, actual, actualGrant]) => ({
    budget: toYen(budget, "THOUSAND_YEN"),
    expectedGrant: toYen(expectedGrant, "THOUSAND_YEN"),
    actual: toYen(actual, "THOUSAND_YEN"),
    actualGrant: toYen(actualGrant, "THOUSAND_YEN"),
  }));
}

export const report1 = programs([
  [36264, 18132, 36264, 18132], // 大雪カムイミントラDMO推進費
  [4600, 2300, 4600, 2300], // 冬季観光滞在促進費
]);

export const report2 = programs([
  [1702, 851, 1688, 844],
  [1133, 566, 1133, 566],
  [2142, 1071, 1779, 889],
  [800, 400, 138, 69],
  [1324, 662, 1220, 610],
  [545, 272, 0, 0],
  [1015, 507, 645, 323],
  [7200, 3600, 7200, 3600],
  [5200, 2600, 2444, 1222],
]);

export const report3 = programs([
  [2600, 1300, 2588, 1294], // 戦略的市場開拓推進費
  [3700, 1850, 493, 247], // 家具等国内外販路拡大支援費
  [17077, 8538, 16305, 8152], // 地場産品開発・販路拡大支援費
  [3000, 1500, 3000, 1500], // 食品産業支援費
  [13500, 6750, 13026, 6513], // (新)デザイン推進事業費
  [1118, 559, 1067, 533], // 旭川工芸技術等継承事業費
  [3000, 1500, 0, 0], // 北の恵み食べマルシェ開催負担金
]);

/** The 合計 rows as printed: [budget, expected grant, actual, actual grant] in 千円. */
export const statedTotals = {
  report1: [40864, 18132, 40864, 18132],
  report2: [21061, 10529, 16247, 8123],
  report3: [43995, 21997, 36479, 18239],
} as const;

export function stated([budget, expectedGrant, actual, actualGrant]: readonly number[]) {
  const yen = (n: number | undefined) => toYen(n ?? NaN, "THOUSAND_YEN");
  return {
    budget: yen(budget),
    expectedGrant: yen(expectedGrant),
    actual: yen(actual),
    actualGrant: yen(actualGrant),
  };
}
