/**
 * What an import loads as written but reports (DOMAIN.md, "known defects"): a stated 合計
 * that differs from the programs, a text copied from another program, a sentence cut off,
 * a latest value without its month, a category text that is in no list, a stated year of
 * plan that the plan period contradicts. Every figure comes from server/src/rules.
 */
import {
  type CategoryEntry,
  findTotalDiscrepancies,
  formatAmount,
  matchCategory,
  sumPrograms,
  UNIT_LABELS,
  yearOfPlan,
} from "../../rules";
import type { ImportedReport } from "./import-model";
import type { Problems } from "./problems";

export type CategoryLists = Record<"EFFECT" | "EVALUATION" | "POLICY", CategoryEntry[]>;

const FIELD_LABELS = {
  budget: ["予算額", "budget"],
  expectedGrant: ["うち交付金見込", "expected grant"],
  actual: ["実績額", "actual"],
  actualGrant: ["うち交付金", "actual grant"],
} as const;

const LIST_LABELS = { EFFECT: "事業効果", EVALUATION: "事業の評価", POLICY: "今後の方針" } as const;

/** Brackets left open (or closed too often) suggest a text cut off mid-sentence. */
function isBalanced(text: string): boolean {
  const pairs: Record<string, string> = { ")": "(", "」": "「", "】": "【" };
  const stack: string[] = [];
  for (const ch of text.normalize("NFKC")) {
    if (ch === "(" || ch === "「" || ch === "【") stack.push(ch);
    else if (pairs[ch] && stack.pop() !== pairs[ch]) return false;
  }
  return stack.length === 0;
}

function totals(report: ImportedReport, problems: Problems): void {
  const amount = (yen: number) =>
    `${formatAmount(yen, report.moneyUnit)} ${UNIT_LABELS[report.moneyUnit]}`;
  const computed = sumPrograms(report.programs, report.projectActual);
  for (const d of findTotalDiscrepancies(report.stated, computed)) {
    const [ja, en] = FIELD_LABELS[d.field];
    problems.warning(
      report.origin,
      "TOTAL_DISCREPANCY",
      `合計の${ja}は ${amount(d.stated)} と記載されていますが、事業の合計は ${amount(d.computed)} です`,
      `stated total ${en} ${amount(d.stated)} differs from the programs' sum ${amount(d.computed)}`,
      { report: report.number, where: `合計 ${ja}/total ${en}` },
    );
  }
}

function yearOfPlanMismatch(report: ImportedReport, problems: Problems): void {
  const { plan, statedYearOfPlan: stated } = report;
  if (!plan || stated === null) return;
  if (report.fiscalYear < plan.firstYear || report.fiscalYear > plan.lastYear) return;
  const computed = yearOfPlan(plan.firstYear, plan.lastYear, report.fiscalYear);
  if (computed === stated) return;
  problems.warning(
    report.origin,
    "YEAR_OF_PLAN_MISMATCH",
    `実施年数は ${stated} 年度目と記載されていますが、計画期間からは ${computed} 年度目です`,
    `stated year of plan ${stated} differs from the plan period's ${computed}`,
    { report: report.number, where: "実施計画期間/plan period" },
  );
}

function categories(report: ImportedReport, lists: CategoryLists, problems: Problems): void {
  for (const [kind, text] of [
    ["EFFECT", report.effect.category],
    ["EVALUATION", report.evaluation.category],
    ["POLICY", report.policy.category],
  ] as const) {
    if (text === null || matchCategory(text, lists[kind])) continue;
    problems.warning(
      report.origin,
      "UNKNOWN_CATEGORY",
      `区分「${text}」は ${kind} の一覧にないため、記載どおりの文字列として保存します`,
      `category "${text}" is not in the ${kind} list; kept as written`,
      { report: report.number, where: `${LIST_LABELS[kind]}/${kind.toLowerCase()}` },
    );
  }
}

function kpisWithoutMonth(report: ImportedReport, problems: Problems): void {
  for (const kpi of report.kpis) {
    if (kpi.value === null || kpi.asOf !== null) continue;
    problems.warning(
      kpi.origin,
      "KPI_VALUE_WITHOUT_MONTH",
      `KPI ${kpi.position}「${kpi.name}」の最新値 ${kpi.value} に時点の記載がありません`,
      `KPI ${kpi.position} latest value ${kpi.value} has no as-of month`,
      { report: report.number, where: `KPI ${kpi.position} 最新値/latest` },
    );
  }
}

function repeatedResults(report: ImportedReport, problems: Problems): void {
  const seen = new Map<string, number>();
  for (const program of report.programs) {
    const text = program.mainResults ?? "";
    const first = seen.get(text);
    if (first === undefined || text === "") {
      seen.set(text, program.position);
      continue;
    }
    problems.warning(
      program.origin,
      "DUPLICATE_TEXT",
      `事業 ${program.position} の主な事業実績が事業 ${first} と同じ文章です`,
      `program ${program.position} repeats the main results text of program ${first}`,
      { report: report.number, where: `事業 ${program.position} 主な事業実績/main results` },
    );
  }
}

function cutOff(report: ImportedReport, problems: Problems): void {
  const texts = [
    ["事業効果の説明", "the effect text", report.effect.text],
    ["外部有識者からの意見", "the expert opinion", report.evaluation.opinion],
    ["今後の方針の理由", "the policy reason", report.policy.reason],
  ] as const;
  for (const [ja, en, text] of texts) {
    if (!text || isBalanced(text)) continue;
    problems.warning(
      report.origin,
      "UNBALANCED_PARENTHESES",
      `${ja}の括弧が閉じていません (文章が途中で切れている可能性があります)`,
      `${en} has an unclosed parenthesis (it may be cut off)`,
      { report: report.number, where: `${ja}/${en}` },
    );
  }
}

/** Every warning about one report. */
export function warnAbout(report: ImportedReport, lists: CategoryLists, problems: Problems): void {
  totals(report, problems);
  yearOfPlanMismatch(report, problems);
  categories(report, lists, problems);
  kpisWithoutMonth(report, problems);
  repeatedResults(report, problems);
  cutOff(report, problems);
}
