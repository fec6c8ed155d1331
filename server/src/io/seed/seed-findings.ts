import {
  findTotalDiscrepancies,
  formatAmount,
  matchCategory,
  sumPrograms,
  yearOfPlan,
  UNIT_LABELS,
  type CategoryEntry,
} from "../../rules";
import type { PlannedReport, SeedPlan } from "./seed-plan";

/** Something in a source document that is loaded as written but deserves a look. */
export interface SeedFinding {
  file: string;
  report: number;
  code:
    | "TOTAL_DISCREPANCY"
    | "YEAR_OF_PLAN_MISMATCH"
    | "UNKNOWN_CATEGORY"
    | "KPI_VALUE_WITHOUT_MONTH"
    | "DUPLICATE_TEXT"
    | "UNBALANCED_PARENTHESES";
  messageJa: string;
  messageEn: string;
}

const FIELD_LABELS = {
  budget: ["予算額", "budget"],
  expectedGrant: ["うち交付金見込", "expected grant"],
  actual: ["実績額", "actual"],
  actualGrant: ["うち交付金", "actual grant"],
} as const;

function isBalanced(text: string): boolean {
  let depth = 0;
  for (const ch of text.normalize("NFKC")) {
    if (ch === "(") depth++;
    if (ch === ")" && --depth < 0) return false;
  }
  return depth === 0;
}

function reportFindings(
  plan: SeedPlan,
  report: PlannedReport,
  lists: Record<"EFFECT" | "EVALUATION" | "POLICY", CategoryEntry[]>,
): Omit<SeedFinding, "file" | "report">[] {
  const found: Omit<SeedFinding, "file" | "report">[] = [];
  const amount = (yen: number) =>
    `${formatAmount(yen, plan.moneyUnit)} ${UNIT_LABELS[plan.moneyUnit]}`;
  if (report.stated) {
    const computed = sumPrograms(report.programs, report.projectActual);
    for (const d of findTotalDiscrepancies(report.stated, computed)) {
      const [ja, en] = FIELD_LABELS[d.field];
      found.push({
        code: "TOTAL_DISCREPANCY",
        messageJa: `合計の${ja}は ${amount(d.stated)} と記載されていますが、事業の合計は ${amount(d.computed)} です`,
        messageEn: `stated total ${en} ${amount(d.stated)} differs from the programs' sum ${amount(d.computed)}`,
      });
    }
  }
  const { plan: period } = report;
  if (period?.statedYearOfPlan != null) {
    const computed = yearOfPlan(period.firstYear, period.lastYear, plan.fiscalYear);
    if (computed !== period.statedYearOfPlan) {
      found.push({
        code: "YEAR_OF_PLAN_MISMATCH",
        messageJa: `実施年数は ${period.statedYearOfPlan} 年度目と記載されていますが、計画期間からは ${computed} 年度目です`,
        messageEn: `stated year of plan ${period.statedYearOfPlan} differs from the plan period's ${computed}`,
      });
    }
  }
  const { effect, evaluation, policy } = report.source;
  for (const [kind, text] of [
    ["EFFECT", effect.category],
    ["EVALUATION", evaluation.category],
    ["POLICY", policy.category],
  ] as const) {
    if (!matchCategory(text, lists[kind])) {
      found.push({
        code: "UNKNOWN_CATEGORY",
        messageJa: `区分「${text}」は ${kind} の一覧にないため、記載どおりの文字列として保存します`,
        messageEn: `category "${text}" is not in the ${kind} list; kept as written`,
      });
    }
  }
  report.kpis.forEach((kpi) => {
    if (kpi.latest.value !== null && kpi.latest.asOf === null) {
      found.push({
        code: "KPI_VALUE_WITHOUT_MONTH",
        messageJa: `KPI ${kpi.position}「${kpi.name}」の最新値 ${kpi.latest.value} に時点の記載がありません`,
        messageEn: `KPI ${kpi.position} latest value ${kpi.latest.value} has no as-of month`,
      });
    }
  });
  const seen = new Map<string, number>();
  for (const program of report.programs) {
    const first = seen.get(program.mainResults);
    if (first !== undefined && program.mainResults !== "") {
      found.push({
        code: "DUPLICATE_TEXT",
        messageJa: `事業 ${program.position} の主な事業実績が事業 ${first} と同じ文章です`,
        messageEn: `program ${program.position} repeats the main results text of program ${first}`,
      });
    } else seen.set(program.mainResults, program.position);
  }
  if (effect.text && !isBalanced(effect.text)) {
    found.push({
      code: "UNBALANCED_PARENTHESES",
      messageJa: "事業効果の説明の括弧が閉じていません (文章が途中で切れている可能性があります)",
      messageEn: "the effect text has an unclosed parenthesis (it may be cut off)",
    });
  }
  return found;
}

/** Everything worth a look in a planned document, per report. */
export function findSeedFindings(
  plan: SeedPlan,
  lists: Record<"EFFECT" | "EVALUATION" | "POLICY", CategoryEntry[]>,
): SeedFinding[] {
  return plan.reports.flatMap((report) =>
    reportFindings(plan, report, lists).map((f) => ({
      file: plan.file,
      report: report.number,
      ...f,
    })),
  );
}
