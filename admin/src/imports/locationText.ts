import type { TranslateFunction as Translate } from "react-admin";

/** "asahikawa.txt 12行目", "book.xlsx [予算事業] 5行目": where a report or a problem was read. */
export function locationText(
  origin: { file: string; line?: number; sheet?: string },
  translate: Translate,
): string {
  const { file, line, sheet } = origin;
  if (line === undefined) return file;
  if (sheet !== undefined) return translate("sosei.imports.sheetRow", { file, sheet, line });
  return translate("sosei.imports.fileLine", { file, line });
}
