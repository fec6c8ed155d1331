/**
 * Text helpers shared by the parsers. Source documents mix full-width and half-width
 * characters ("Ｒ２年度", "１,２３４", "（初年度）", "～"), so every parser starts from
 * the NFKC form, which folds those to ASCII and "㍻"/"㋿" to "平成"/"令和".
 */

/** NFKC-normalised and trimmed; non-strings become "" so callers reject them uniformly. */
export function normalize(text: unknown): string {
  return typeof text === "string" ? text.normalize("NFKC").trim() : "";
}

/** normalize() without any whitespace, for formats where spacing carries no meaning. */
export function compact(text: unknown): string {
  return normalize(text).replace(/\s+/g, "");
}

/** The offending input as shown in error messages (the original, not the normalised form). */
export function quote(text: unknown): string {
  return `「${typeof text === "string" ? text : String(text)}」`;
}
