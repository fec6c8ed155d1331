import type { SeedSummary } from "./load-seed";

/** One line per loaded or skipped count and per finding: what an operator reads at start-up. */
export function printSeedSummary(summary: SeedSummary, log: (line: string) => void): void {
  log(`seed: ${summary.reportsCreated} reports created, ${summary.reportsSkipped} already present`);
  if (summary.publishedAt)
    log(
      `seed: 公開日時 ${summary.publishedAt.at.toISOString()} は読み込み時刻です (文書に日付がないため) / ` +
        "published at the load time (the documents state no date)",
    );
  for (const f of summary.findings) {
    log(`seed finding [${f.code}] ${f.file} No.${f.report}: ${f.messageJa} / ${f.messageEn}`);
  }
}
