import { isRuleError } from "@sosei/server/rules/errors";
import { formatMonth, parseMonth } from "@sosei/server/rules/wareki";
import { TextInput, useLocale, type TextInputProps } from "react-admin";
import { useWatch } from "react-hook-form";

/** "YYYY-MM" for a month written in either notation (server/src/rules). */
function toMonth(text: string): string {
  const { year, month } = parseMonth(text);
  return `${year}-${String(month).padStart(2, "0")}`;
}

/** The month in wareki beside what was typed, or why it cannot be read (rules' own message). */
function describe(text: unknown, locale: string): { ok: boolean; text: string } {
  if (typeof text !== "string" || text.trim() === "") return { ok: true, text: "" };
  try {
    const ym = parseMonth(text);
    return { ok: true, text: `${formatMonth(ym)} (${toMonth(text)})` };
  } catch (error) {
    if (!isRuleError(error)) throw error;
    return { ok: false, text: locale === "ja" ? error.messageJa : error.messageEn };
  }
}

/**
 * A month such as 実績額の時点: "2021-03", "R3.3" or "令和3年3月"; stored as "YYYY-MM" (the API's
 * Month). Shows the month in wareki with the Gregorian month beside while typing.
 */
export function MonthInput(props: TextInputProps) {
  const locale = useLocale();
  const validate = (value: unknown) => {
    const result = describe(value, locale);
    return result.ok ? undefined : result.text;
  };
  return (
    <TextInput
      {...props}
      validate={validate}
      parse={(text: string) => {
        const trimmed = text.trim();
        return trimmed === "" ? null : trimmed;
      }}
      helperText={<MonthHelper source={props.source} />}
    />
  );
}

function MonthHelper({ source }: { source: string }) {
  const value = useWatch({ name: source }) as unknown;
  const locale = useLocale();
  const result = describe(value, locale);
  return <>{result.ok ? result.text || "R3.3 / 2021-03" : " "}</>;
}
