/**
 * 全国地方公共団体コード: five digits identifying the body plus a check digit. The check
 * digit is 11 − (Σ digit × weight mod 11) with weights 6,5,4,3,2, keeping only its last
 * digit (so 10 → 0 and 11 → 1). 012041 = 旭川市.
 */
const WEIGHTS = [6, 5, 4, 3, 2] as const;

export function municipalityCheckDigit(firstFive: string): number {
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + Number(firstFive[i]) * weight, 0);
  return (11 - (sum % 11)) % 10;
}

export type MunicipalityCodeProblem = "FORMAT" | "CHECK_DIGIT" | null;

/** null when the code is six digits with a correct check digit. */
export function municipalityCodeProblem(code: string): MunicipalityCodeProblem {
  if (!/^\d{6}$/.test(code)) return "FORMAT";
  return municipalityCheckDigit(code.slice(0, 5)) === Number(code[5]) ? null : "CHECK_DIGIT";
}
