/**
 * `pnpm report:pdf --year 2020 [--municipality CODE] [--out DIR]`: one A4 PDF per published
 * report of the year, laid out like the official form, printed by headless Chromium.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { htmlToPdf, withBrowser } from "../publication/pdf/render-pdf";
import { publishedReports } from "../publication/open-data/published";
import { formPage, kpiSlotsOf, type Published } from "../publication/public-pages";
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
    const slots = await kpiSlotsOf(prisma);
    const reports: Published[] = [];
    for await (const report of publishedReports(prisma, scope)) reports.push(report);
    if (reports.length === 0) console.log("no published report for that year");
    await withBrowser(async (browser) => {
      for (const report of reports) {
        const started = performance.now();
        const pdf = await htmlToPdf(browser, formPage([report], slots, true));
        const file = path.join(
          values.out!,
          `${report.municipality.code}-${report.fiscalYear}-No${String(report.number).padStart(2, "0")}-${report.projectId}.pdf`,
        );
        fs.writeFileSync(file, pdf);
        console.log(
          `${file}  ${pdf.length.toLocaleString("en")} bytes  ${(performance.now() - started).toFixed(0)} ms`,
        );
      }
    });
  });
});
