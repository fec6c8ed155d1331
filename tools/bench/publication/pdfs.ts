/**
 * The public site's PDFs as publication makes them (publication/pdf/publication-pdfs.ts):
 * made and stored per report with one browser, their sizes, a municipality's year as one
 * document, and a kept copy read back (what a request costs once the PDF exists).
 */
import type { PrismaClient } from "../../../server/src/db/database";
import { publishedReports } from "../../../server/src/publication/open-data/published";
import {
  PublicationPdfs,
  type PdfScope,
} from "../../../server/src/publication/pdf/publication-pdfs";
import { withBrowser } from "../../../server/src/publication/pdf/render-pdf";
import { median } from "./measure";

const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

export async function benchPdfs(
  prisma: PrismaClient,
  fiscalYear: number,
  count: number,
  log: (line: string) => void,
): Promise<void> {
  const pdfs = new PublicationPdfs(prisma);
  const scopes: PdfScope[] = [];
  for await (const r of publishedReports(prisma, { fiscalYear })) {
    scopes.push({ municipalityCode: r.municipality.code, fiscalYear, projectId: r.projectId });
    if (scopes.length > count) break;
  }
  const sizes: number[] = [];
  const times: number[] = [];
  await withBrowser(async (browser) => {
    await pdfs.get(scopes.shift()!, browser); // warm-up: fonts
    for (const scope of scopes) {
      const made = (await pdfs.get(scope, browser))!;
      sizes.push(made.pdf.length);
      times.push(made.renderMs!);
    }
    const year = { municipalityCode: scopes[0]!.municipalityCode, fiscalYear };
    const whole = (await pdfs.get(year, browser))!;
    log(`  PDF of a municipality's year: ${whole.renderMs} ms, ${kb(whole.pdf.length)}`);
  });
  times.sort((a, b) => a - b);
  sizes.sort((a, b) => a - b);
  const mid = (xs: number[]) => xs[Math.floor(xs.length / 2)]!;
  log(
    `  PDF per report as made on publication (read, render, store; median of ${times.length}): ${mid(times)} ms (max ${times.at(-1)} ms), ${kb(mid(sizes))} (${kb(sizes[0]!)}–${kb(sizes.at(-1)!)})`,
  );
  const kept = await median(20, () => pdfs.get(scopes[0]!));
  log(`  kept PDF read back for a request: ${kept.toFixed(1)} ms`);
}
