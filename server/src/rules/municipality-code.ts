/**
 * 全国地方公共団体コード: five digits identifying the body plus a check digit. The check
 * digit is 11 − (Σ digit × weight mod 11) with weights 6,5,4,3,2, keeping only its last
 * digit (so 10 → 0 and 11 → 1). 012041 = 旭川市. Many printed lists give only the first
 * five digits (01204), so five digits are completed with their check digit.
 */
import { RuleError } from "./errors";
import { compact } from "./text";

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

/** The six-digit code of "012041", "01204" or "０１２０４" (full width); RuleError otherwise. */
export function parseMunicipalityCode(text: string): string {
  const digits = compact(text);
  const code = /^\d{5}$/.test(digits) ? `${digits}${municipalityCheckDigit(digits)}` : digits;
  const problem = municipalityCodeProblem(code);
  if (problem === "FORMAT") {
    throw new RuleError(
      "INVALID_MUNICIPALITY_CODE",
      `団体コード「${text}」は5桁または6桁 (検査数字付き) の数字です`,
      `municipality code "${text}" must be 5 digits, or 6 with the check digit`,
    );
  }
  if (problem === "CHECK_DIGIT") {
    throw new RuleError(
      "INVALID_MUNICIPALITY_CODE",
      `団体コード「${text}」の検査数字が正しくありません (正しくは ${code.slice(0, 5)}${municipalityCheckDigit(code.slice(0, 5))})`,
      `municipality code "${text}" has a wrong check digit (expected ${code.slice(0, 5)}${municipalityCheckDigit(code.slice(0, 5))})`,
    );
  }
  return code;
}
