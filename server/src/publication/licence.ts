/**
 * The terms published reports are offered under. Japanese public bodies publish open data
 * under the government standard terms of use (政府標準利用規約 第2.0版), which are
 * compatible with Creative Commons Attribution 4.0 International.
 */
export const LICENCE = {
  name: "CC BY 4.0",
  url: "https://creativecommons.org/licenses/by/4.0/deed.ja",
  textJa:
    "掲載の報告は政府標準利用規約(第2.0版)に準拠して利用できます。同規約はクリエイティブ・コモンズ 表示 4.0 国際 (CC BY 4.0) と互換性があります。出典として団体名と報告名を表示してください。",
  textEn:
    "The published reports may be used under the Japanese government standard terms of use (version 2.0), which are compatible with Creative Commons Attribution 4.0 International (CC BY 4.0). Credit the municipality and the report.",
} as const;
