import { badInput } from "../../common/errors";
import { required, text } from "../../common/validate";
import { municipalityCodeProblem } from "./municipality-code";

export interface MunicipalityData {
  code: string;
  name: string;
  prefecture: string;
}

export function validCode(value: string): string {
  const code = value.trim();
  const problem = municipalityCodeProblem(code);
  if (problem === "FORMAT") {
    throw badInput(
      ["code"],
      `団体コード「${code}」は6桁の数字です`,
      `municipality code "${code}" must be 6 digits`,
    );
  }
  if (problem === "CHECK_DIGIT") {
    throw badInput(
      ["code"],
      `団体コード「${code}」の検査数字が正しくありません`,
      `municipality code "${code}" has a wrong check digit`,
    );
  }
  return code;
}

/** Checks the fields present; undefined means "unchanged". */
export function validMunicipality(input: {
  code?: string | null;
  name?: string | null;
  prefecture?: string | null;
}): Partial<MunicipalityData> {
  const code = required(input.code, ["code"], "団体コード");
  const name = required(input.name, ["name"], "団体名");
  const prefecture = required(input.prefecture, ["prefecture"], "都道府県");
  return {
    code: code === undefined ? undefined : validCode(code),
    name: name === undefined ? undefined : text(name, ["name"], 1, 100, "団体名"),
    prefecture:
      prefecture === undefined ? undefined : text(prefecture, ["prefecture"], 1, 10, "都道府県"),
  };
}
