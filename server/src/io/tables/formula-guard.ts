/**
 * CSV injection (OWASP): a spreadsheet evaluates a cell whose text begins with = + - @, a tab
 * or a CR, so `=HYPERLINK(…)` in a citizen's download would be a live formula. Text cells
 * that would be evaluated are written with a leading apostrophe, which spreadsheets show as
 * text; the importer takes exactly that apostrophe off again, so a round trip keeps every
 * byte. Text that already begins with apostrophes before such a character gets one more,
 * so guard and unguard are exact inverses. Numbers are never text cells, and stay numbers.
 */
const EVALUATED = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

export function guardFormula(text: string): string {
  return EVALUATED.test(text) ? `'${text}` : text;
}

export function unguardFormula(text: string): string {
  return GUARDED.test(text) ? text.slice(1) : text;
}
