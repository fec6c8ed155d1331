import type { SeedSummary } from "./load-seed";

/** One line per loaded or skipped count and per finding: what an operator reads at start-up. */
export function printSeedSummary(summary: SeedSummary, log: (line: string) => void): void {
  log(`seed: ${summary.reportsCreated} reports created, ${summary.reportsSkipped} already present`);
  for (const f of summary.findings) {
    log(`seed finding [${f.code}] ${f.file} No.${f.report}: ${f.messageJa} / ${f.messageEn}`);
  }
}
