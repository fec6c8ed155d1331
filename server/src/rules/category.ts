/**
 * The form writes a category as its label, optionally followed by its explanation in
 * parentheses: "事業の継続 (計画通りに事業を継続する(または、概ね同内容で継続する))".
 * Reports keep that text as written; this finds the list entry it stands for, if any.
 */
import { compact } from "./text";

export interface CategoryEntry {
  label: string;
  explanation: string | null;
}

export function categoryText(entry: CategoryEntry): string {
  return entry.explanation ? `${entry.label} (${entry.explanation})` : entry.label;
}

/** The entry whose label, or label with explanation, the text is; spacing and width ignored. */
export function matchCategory<E extends CategoryEntry>(
  text: string | null,
  entries: readonly E[],
): E | undefined {
  const written = compact(text);
  if (written === "") return undefined;
  return entries.find(
    (entry) => compact(entry.label) === written || compact(categoryText(entry)) === written,
  );
}
