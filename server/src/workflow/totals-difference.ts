import { apiError } from "../errors/api-errors";
import type { Amount } from "../common/amount.type";
import type { Prisma } from "../generated/prisma/client";
import { computeTotals, discrepanciesOf } from "../domain/report/report-figures";
import type { TotalDiscrepancy } from "../domain/report/report-totals.type";
import type { Report } from "../domain/report/report.type";
import { type MoneyUnit, type TotalField, UNIT_LABELS } from "../rules";

const LABELS: Record<TotalField, { ja: string; en: string }> = {
  budget: { ja: "予算額", en: "budget" },
  expectedGrant: { ja: "うち交付金見込", en: "expected grant" },
  actual: { ja: "実績額", en: "actual" },
  actualGrant: { ja: "うち交付金", en: "actual grant" },
};

/** "うち交付金見込 18,132 千円 (事業の計 20,432 千円)" for each differing total, as displayed. */
function differences(found: TotalDiscrepancy[], unit: MoneyUnit, lang: "ja" | "en"): string {
  const label = lang === "ja" ? UNIT_LABELS[unit] : unit === "YEN" ? "yen" : "thousand yen";
  const amount = (value: Amount) => `${value.display()} ${label}`;
  return found
    .map(({ field, stated, computed }) =>
      lang === "ja"
        ? `${LABELS[field].ja} ${amount(stated)} (事業の計 ${amount(computed)})`
        : `${LABELS[field].en} ${amount(stated)} (programs add up to ${amount(computed)})`,
    )
    .join(lang === "ja" ? "、" : "; ");
}

/**
 * Submitting a report whose stated 合計 differs from the sum of its programs needs the
 * submitter's acknowledgement, at every door: without one the submission is refused; with
 * one it is kept as a TOTALS_DIFFERENCE comment, which the manager reads beside the
 * difference. Without a difference there is nothing to acknowledge (and nothing is kept).
 */
export async function acknowledgeTotalsDifference(
  tx: Prisma.TransactionClient,
  reportId: number,
  authorId: number,
  acknowledgement: string | undefined,
): Promise<void> {
  const report = await tx.report.findUniqueOrThrow({
    where: { id: reportId },
    include: { programs: true },
  });
  const row = report as unknown as Report;
  const found = discrepanciesOf(row, computeTotals(row, report.programs));
  if (found.length === 0) return;
  if (!acknowledgement) {
    const unit = report.moneyUnit;
    throw apiError(
      "BAD_USER_INPUT",
      `記載の合計が事業の計と異なります: ${differences(found, unit, "ja")}。差を確認した旨 (totalsDifference) を添えて提出してください`,
      `The stated totals differ from the programs: ${differences(found, unit, "en")}. Submit with an acknowledgement of the difference (totalsDifference)`,
      { field: ["totalsDifference"], rule: "TOTALS_DIFFERENCE_UNACKNOWLEDGED" },
    );
  }
  await tx.reviewComment.create({
    data: { reportId, authorId, kind: "TOTALS_DIFFERENCE", body: acknowledgement },
  });
}
