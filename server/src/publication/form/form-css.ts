/**
 * The form's styles: on screen a readable page, in print A4 landscape as cities publish the
 * form (each report starts a page; a long row continues on the next page under its repeated
 * header rather than leaving a page empty; amounts and headers never wrap). Japanese text needs
 * a CJK font: Noto CJK is what Debian's fonts-noto-cjk installs and what the PDF is rendered with.
 */
export const FORM_CSS = `
:root { --line: #444; --muted: #666; --mark: #b00020; }
* { box-sizing: border-box; }
body { margin: 0; padding: 16px; font-family: "Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Yu Gothic", "Meiryo", sans-serif; font-size: 13px; line-height: 1.5; color: #111; }
nav, footer { max-width: 1100px; margin: 0 auto 12px; color: var(--muted); }
nav a, footer a { color: #0645ad; }
main { max-width: 1100px; margin: 0 auto; }
h1 { font-size: 18px; text-align: center; margin: 8px 0; }
h2 { font-size: 14px; margin: 14px 0 4px; }
.issuer { text-align: right; margin: 0 0 8px; }
.unit { font-weight: normal; font-size: 12px; float: right; }
table { width: 100%; border-collapse: collapse; margin: 0 0 8px; table-layout: fixed; }
th, td { border: 1px solid var(--line); padding: 4px 6px; vertical-align: top; word-break: break-word; }
th { background: #eef1f5; text-align: center; }
/* One weight only: each extra CJK weight is another large font to embed (PDFs 3× slower). */
h1, h2, th, .preview-banner { font-weight: normal; }
td.amount, td.number, th.amount { text-align: right; }
/* A figure is one unit: "36,264 (18,132)" never breaks; "682.3 (R3.3) 【参考値】" only at its spaces. */
td.amount, th.amount, th.slot { white-space: nowrap; }
td.number, th { word-break: keep-all; overflow-wrap: normal; }
.issuer .contact { margin-left: 1em; }
th.no, td.no { text-align: center; }
tr.total th { text-align: right; }
.text { border: 1px solid var(--line); padding: 6px; }
.discrepancy { outline: 2px solid var(--mark); }
.computed { color: var(--mark); font-size: 11px; }
.computed::before { content: "⚠ "; }
.preview-banner { background: #fff4d6; border: 1px solid #e0b400; padding: 6px 10px; }
.report + .report { margin-top: 32px; }
.stats td { text-align: right; }
.stats td.label, .stats th.label { text-align: left; }
@page { size: A4 landscape; margin: 10mm 10mm; }
@media print {
  body { padding: 0; font-size: 9pt; line-height: 1.4; }
  h1 { font-size: 13pt; margin: 0 0 4px; }
  h2 { font-size: 10pt; margin: 8px 0 3px; }
  th, td { padding: 2px 4px; }
  th { white-space: nowrap; }
  nav, footer, .no-print { display: none; }
  main { max-width: none; }
  .report { break-before: page; }
  .report:first-of-type { break-before: auto; }
  thead { display: table-header-group; }
  td { orphans: 3; widows: 3; }
  h2 { break-after: avoid; }
  th { background: #eef1f5 !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
