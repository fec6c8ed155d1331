/**
 * HTML built from tagged templates: every interpolated value is escaped unless it is
 * already Html (another template's result), so report texts can never inject markup.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

type Part = Html | string | number | null | undefined | false | Part[];

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return "";
  if (Array.isArray(part)) return part.map(render).join("");
  if (part instanceof Html) return part.value;
  return escapeHtml(String(part));
}

export function html(strings: TemplateStringsArray, ...parts: Part[]): Html {
  return new Html(
    strings.reduce((out, s, i) => out + s + (i < parts.length ? render(parts[i]!) : ""), ""),
  );
}

/** A text with its line breaks kept (paragraphs of the form). */
export const lines = (text: string | null) =>
  text === null
    ? ""
    : html`${text.split("\n").map((line, i) => html`${i ? html`<br />` : ""}${line}`)}`;
