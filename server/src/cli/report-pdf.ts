/**
 * `pnpm report:pdf --year 2020 [--municipality CODE] [--out DIR]`: one PDF per published
 * report of the year, laid out like the official form (A4 landscape): the copy the public
 * site keeps, made now (by headless Chromium) and kept where it is missing or stale.
 * Works beside a running server (see cli-database.ts).
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { publishedReports } from "../publication/open-data/published";
import { PublicationPdfs } from "../publication/pdf/publication-pdfs";
import { withBrowser } from "../publication/pdf/render-pdf";
import type { Published } from "../publication/public-pages";
import { parseFiscalYear } from "../rules";
import { usageError, withDatabase } from "./cli-database";
import { runMain } from "./run-main";

const USAGE = "usage: pnpm report:pdf --year 2020 [--municipality 012041] [--out DIR]";

runMain(async () => {
  const { values } = parseArgs({
    options: {
      year: { type: "string" },
      municipality: { type: "string" },
      out: { type: "string", default: "pdf" },
    },
  });
  if (!values.year) usageError(USAGE, "--year is required");
  const scope = { fiscalYear: parseFiscalYear(values.year), municipalityCode: values.municipality };
  fs.mkdirSync(values.out!, { recursive: true });
  await withDatabase(async (prisma) => {
    const pdfs = new PublicationPdfs(prisma);
    const reports: Published[] = [];
    for await (const report of publishedReports(prisma, scope)) reports.push(report);
    if (reports.length === 0) console.log("no published report for that year");
    await withBrowser(async (browser) => {
      for (const report of reports) {
        const { municipality, fiscalYear, projectId } = report;
        const scope = { municipalityCode: municipality.code, fiscalYear, projectId };
        const { pdf, renderMs } = (await pdfs.get(scope, browser))!;
        const file = path.join(
          values.out!,
          `${report.municipality.code}-${report.fiscalYear}-No${String(report.number).padStart(2, "0")}-${report.projectId}.pdf`,
        );
        fs.writeFileSync(file, pdf);
        console.log(
          `${file}  ${pdf.length.toLocaleString("en")} bytes  ${renderMs === null ? "kept copy" : `made in ${renderMs} ms`}`,
        );
      }
    });
  });
});
