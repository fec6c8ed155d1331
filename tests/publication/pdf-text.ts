/** What poppler reads in a PDF: each page's text as laid out, its size and how far down it is filled. */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export interface PdfPage {
  /** `pdftotext -layout`: a table row's cells side by side on one line. */
  lines: string[];
  width: number;
  height: number;
  /** The lowest text on the page, as a share of its height (0 = top, 1 = bottom). */
  filledTo: number;
}

export function readPdf(pdf: Buffer): PdfPage[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sosei-pdf-"));
  const file = path.join(dir, "form.pdf");
  try {
    fs.writeFileSync(file, pdf);
    const layout = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
    const bbox = execFileSync("pdftotext", ["-bbox", file, "-"], { encoding: "utf8" });
    const texts = layout.split("\f");
    return [...bbox.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(
      ([, width, height, words], i) => {
        const bottoms = [...words!.matchAll(/yMax="([\d.]+)"/g)].map((m) => Number(m[1]));
        return {
          lines: (texts[i] ?? "").split("\n"),
          width: Number(width),
          height: Number(height),
          filledTo: Math.max(0, ...bottoms) / Number(height),
        };
      },
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Whether `text` stands whole on one line of some page (spacing aside): not split over two lines. */
export function onOneLine(pages: PdfPage[], text: string): boolean {
  const wanted = text.replace(/\s+/g, "");
  return pages.some((p) => p.lines.some((line) => line.replace(/\s+/g, "").includes(wanted)));
}
