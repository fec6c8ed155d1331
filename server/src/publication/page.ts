/** A whole HTML page of the publication: the form's styles, navigation and the licence. */
import { FORM_CSS } from "./form/form-css";
import { html, type Html } from "./html";
import { LICENCE } from "./licence";

export function page(
  title: string,
  body: Html,
  nav: { href: string; label: string }[] = [],
): string {
  return `<!doctype html>\n${
    html`<html lang="ja">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <link rel="icon" href="data:," />
        <title>${title}</title>
        <style>
          ${FORM_CSS}
        </style>
      </head>
      <body>
        <nav>${nav.map((n, i) => html`${i ? " › " : ""}<a href="${n.href}">${n.label}</a>`)}</nav>
        <main>${body}</main>
        <footer>
          <p>${LICENCE.textJa} (<a href="${LICENCE.url}" rel="license">${LICENCE.name}</a>)</p>
        </footer>
      </body>
    </html>`.value
  }\n`;
}
