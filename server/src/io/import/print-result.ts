/** The import result as the command line prints it: files, what would happen per report, problems. */
import type { FileImportResult } from "./import-files";
import { locationOf, problemLine } from "./problems";

const ACTIONS = {
  create: "作成/create",
  update: "変更/update",
  unchanged: "変更なし/unchanged",
  refused: "変更不可/refused",
  "not checked": "未確認/not checked",
} as const;

export function printImportResult(result: FileImportResult, log: (line: string) => void): void {
  for (const f of result.files) {
    log(
      `file ${f.file}: ${f.format}${f.encoding ? ` (${f.encoding})` : ""}${f.tables?.length ? ` [${f.tables.join(", ")}]` : ""}`,
    );
  }
  for (const r of result.reports) {
    const changes = r.changes.length ? ` (${r.changes.join(", ")})` : "";
    log(
      `  ${ACTIONS[r.action]}  ${locationOf(r)} No.${r.number} ${r.municipality} ${r.fiscalYear} ${r.projectName}${changes}`,
    );
  }
  for (const p of result.problems) log(problemLine(p));
  const { counts } = result;
  log(
    `${result.applied ? "applied" : result.errorCount ? "NOT applied (errors)" : "dry run (nothing written; --apply writes)"}: ` +
      `${counts.create} to create, ${counts.update} to update, ${counts.unchanged} unchanged; ` +
      `${result.errorCount} errors, ${result.warningCount} warnings`,
  );
}
