/**
 * The SOURCE document of the Asahikawa seed (seeds/source/asahikawa-fy2020.txt, tab-separated
 * text extracted from the published PDF), split into its five reports and
 * the rows of each section. The fidelity tests compare the database against this file,
 * never against seeds/asahikawa-fy2020.ts, so a transcription error shows up as a failure.
 */
import fs from "node:fs";
import path from "node:path";

/** Kept in the repository, so that a clone tests itself. */
export const SOURCE_PATH = path.resolve(__dirname, "../../seeds/source/asahikawa-fy2020.txt");

/** Removes the markup the PDF extraction left: <p>, </p>, <ul ...>, </ul>. A paragraph break becomes "\n". */
export function stripTags(text: string): string {
  return text
    .replace(/<\/p>\s*<p>/g, "\n")
    .replace(/<\/?p>|<ul[^>]*>|<\/ul>/g, "")
    .trim();
}

const nonEmpty = (cells: string[]) => cells.map(stripTags).filter((cell) => cell !== "");
const compactCell = (cell: string | undefined) => (cell ?? "").replace(/\s+/g, "");

export interface SourceProgramRow {
  /** First cell as printed, markers included ("若者地元定着促進事業(関係分)"). */
  name: string;
  summary: string;
  mainResults: string;
  /** "36,264 (18,132)" */
  budgetCell: string;
  actualCell: string;
}

export interface SourceKpiRow {
  /** "指標①" */
  slot: string;
  name: string;
  baseline: string;
  target: string;
  unit: string;
  targetMonth: string;
  /** "682.3 (R3.3) 【参考値】" */
  latest: string;
}

export interface SourceReport {
  number: number;
  /** ① cell, note included ("…プロジェクト【北海道共同申請】"). */
  nameCell: string;
  /** ② cell, "H30年度～R2年度 (3年度目)". */
  planPeriodCell: string;
  overview: string;
  /** The ④ header cell "実績額 (R3.3実績)". */
  actualsHeaderCell: string;
  /** The ⑤ header cell "指標名(旭川市関係分)". */
  kpiNameHeaderCell: string;
  programs: SourceProgramRow[];
  /** The 合計 row's two amount cells. */
  totals: { budgetCell: string; actualCell: string };
  /** Only the slots that carry a KPI (指標④ is blank in most reports). */
  kpis: SourceKpiRow[];
  /** ⑥ 事業効果 cell (category and explanation), on the 指標① row. */
  effectCell: string;
  evaluation: { category: string; opinion: string };
  policy: { category: string; reason: string };
  /** Every line of the report, tags stripped, joined: for "occurs verbatim" checks. */
  plainText: string;
}

function readSource(): string {
  if (!fs.existsSync(SOURCE_PATH)) {
    throw new Error(`source document not found at ${SOURCE_PATH}`);
  }
  return fs.readFileSync(SOURCE_PATH, "utf8");
}

function parseReport(lines: string[][]): SourceReport {
  const index = (test: (cells: string[]) => boolean, from = 0) => {
    const i = lines.findIndex((cells, j) => j >= from && test(cells));
    if (i < 0)
      throw new Error(`source: a section is missing in the report starting ${lines[1]?.join(" ")}`);
    return i;
  };
  const firstIs = (text: string) => (cells: string[]) => nonEmpty(cells)[0] === text;
  const head = nonEmpty(lines[1]!);
  const overviewAt = index(firstIs("③全体概要")) + 1;
  const programHeader = index(firstIs("事業名"));
  const totalsAt = index((cells) => compactCell(cells[0]).startsWith("合計"), programHeader);
  const programs = lines
    .slice(programHeader + 1, totalsAt)
    .map(nonEmpty)
    .filter((cells) => cells.length > 0)
    .map(([name, summary, mainResults, budgetCell, actualCell]) => {
      if (actualCell === undefined) throw new Error(`source: short program row ${name}`);
      return {
        name: name!,
        summary: summary!,
        mainResults: mainResults!,
        budgetCell: budgetCell!,
        actualCell,
      };
    });
  const [, totalBudget, totalActual] = nonEmpty(lines[totalsAt]!);
  const kpiLines = lines.filter((cells) => /^指標[①-⑨]$/.test(cells[0] ?? ""));
  const kpis = kpiLines
    .filter((cells) => (cells[1] ?? "").trim() !== "")
    .map(([slot, name, baseline, target, unit, targetMonth, latest]) => ({
      slot: slot!,
      name: name!,
      baseline: baseline!,
      target: target!,
      unit: unit!,
      targetMonth: targetMonth!,
      latest: latest!,
    }));
  const [evaluationCategory, opinion] = nonEmpty(lines[index(firstIs("事業の評価")) + 1]!);
  const [policyCategory, reason] = nonEmpty(lines[index(firstIs("今後の方針")) + 1]!);
  const all = lines.flat();
  return {
    number: Number(head[0]),
    nameCell: head[1]!,
    planPeriodCell: head[2]!,
    overview: stripTags(lines[overviewAt]![0]!),
    actualsHeaderCell: all.find((cell) => cell.startsWith("実績額"))!,
    kpiNameHeaderCell: all.find((cell) => cell.startsWith("指標名("))!,
    programs,
    totals: { budgetCell: totalBudget!, actualCell: totalActual! },
    kpis,
    effectCell: stripTags(kpiLines[0]![7] ?? ""),
    evaluation: { category: evaluationCategory!, opinion: opinion! },
    policy: { category: policyCategory!, reason: reason! },
    plainText: lines.map((cells) => cells.map(stripTags).join("\t")).join("\n"),
  };
}

/** The reports in document order; each starts at a "No ①国提出事業名 …" header row. */
export function readSourceReports(): SourceReport[] {
  const lines = readSource()
    .split(/\r?\n/)
    .map((line) => line.split("\t"));
  const starts = lines.flatMap((cells, i) => (cells[0] === "No" ? [i] : []));
  return starts.map((start, k) => parseReport(lines.slice(start, starts[k + 1] ?? lines.length)));
}
