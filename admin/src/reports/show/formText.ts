import {
  formatAmount,
  formatAmountWithGrant,
  type MoneyUnit,
  type Yen,
} from "@sosei/server/rules/money";
import { formatKpiNumber } from "@sosei/server/rules/kpi-value";
import type { TranslateFunction as Translate } from "react-admin";
import type { BudgetProgram, KpiValue } from "../../types";

/** "36,264 (18,132)": an amount with its grant share, as the form prints it; "-" when missing. */
export function amountWithGrant(amount: Yen | null, grant: Yen | null, unit: MoneyUnit): string {
  return amount === null ? "-" : formatAmountWithGrant(amount, grant, unit);
}

/** A program's name with the form's markers, in the user's language: "(新)デザイン推進事業費". */
export function programName(program: BudgetProgram, translate: Translate): string {
  const markers = [
    program.isNew ? translate("sosei.programs.markers.isNew") : "",
    program.isPartial ? translate("sosei.programs.markers.isPartial") : "",
  ];
  return `${markers[0]}${program.name}${markers[1]}`;
}

/** ⑥ 最新値 as the form prints it: "17 (R3.3) 【参考値】", "-" when not measured. */
export function latestValueText(value: KpiValue, unit: string, translate: Translate): string {
  if (value.notMeasured) return "-";
  if (value.value === null) return translate("sosei.common.none");
  const month = value.asOfLabel ? ` (${value.asOfLabel})` : "";
  const reference = value.isReference ? ` ${translate("sosei.kpis.reference")}` : "";
  return `${formatKpiNumber(value.value)} ${unit}${month}${reference}`;
}

/** "実績額: 記載の合計 16,247 千円、事業の計 16,255 千円" — one stated 合計 that differs. */
export function discrepancyText(
  d: { field: string; stated: Yen; computed: Yen },
  unit: MoneyUnit,
  translate: Translate,
): string {
  return translate("sosei.programs.discrepancy", {
    field: translate(`sosei.programs.columns.${d.field}`),
    stated: formatAmount(d.stated, unit),
    computed: formatAmount(d.computed, unit),
    unit: translate(`sosei.units.${unit}`),
  });
}
