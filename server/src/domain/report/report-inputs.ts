/**
 * The input checks of a report's parts, one module for every door: GraphQL arguments and
 * imported files are turned into the same checked rows here, and an error names the
 * argument path (["programs", 2, "budget"]) that the import turns into a file location.
 */
import { badInput, checked } from "../../errors/api-errors";
import {
  checkDecimal,
  checkMonth,
  checkText,
  idOf,
  optionalIdOf,
  type Path,
} from "../../common/validate";
import { assertGrantShare } from "../../rules";
import type { BudgetProgramInput } from "../budget-program/budget-program.args";
import type { KpiValueInput } from "../kpi/kpi-value.args";
import { TEXT_FIELDS, YEN_FIELDS } from "./report-field-registry";
import { LIMITS } from "./report-limits";
import type { UpdateReportArgs } from "./report.args";

/** A category entry by id and/or the text as written (resolved in the write's transaction). */
export interface CategoryChoice {
  id: number | null | undefined;
  text: string | null | undefined;
}

/** The report's own texts, checked and trimmed (undefined: unchanged, null: cleared). */
export function reportTexts(args: Partial<UpdateReportArgs>) {
  const texts: Record<string, string | null | undefined> = {};
  for (const f of TEXT_FIELDS) {
    const value = (args as Record<string, string | null | undefined>)[f.key];
    texts[f.key] = checkText([f.key], value, { label: f.label.ja, max: f.max! });
  }
  return texts;
}

/** The report part of a write: its columns, the ⑥ category and whether amounts change. */
export function reportColumns(args: Partial<UpdateReportArgs>) {
  if (args.moneyUnit === null) {
    throw badInput(["moneyUnit"], "金額の単位は省略できません", "moneyUnit cannot be null");
  }
  const effectCategoryId = optionalIdOf(args.effectCategoryId, ["effectCategoryId"]);
  const effectCategoryText = checkText(["effectCategoryText"], args.effectCategoryText, {
    label: "事業効果の区分",
    max: LIMITS.categoryText,
  });
  const effectText = checkText(["effectText"], args.effectText, {
    label: "事業効果",
    max: LIMITS.longText,
  });
  const month = args.actualsAsOf && checkMonth(["actualsAsOf"], args.actualsAsOf);
  const data: Record<string, unknown> = {
    ...reportTexts(args),
    effectText,
    moneyUnit: args.moneyUnit,
  };
  if (args.actualsAsOf !== undefined) {
    data.actualsAsOfYear = month?.year ?? null;
    data.actualsAsOfMonth = month?.month ?? null;
  }
  const yen = args as Record<string, number | null | undefined>;
  for (const { key } of YEN_FIELDS) {
    const value = yen[key];
    if (value !== undefined) data[key] = value === null ? null : BigInt(value);
  }
  return {
    data,
    effect: { id: effectCategoryId, text: effectCategoryText },
    editsAmounts: YEN_FIELDS.some(({ key }) => yen[key] !== undefined),
  };
}

export type ProgramRow = ReturnType<typeof programRows>[number];

/** Every program row checked before anything is written: ["programs", i, field]. */
export function programRows(programs: BudgetProgramInput[]) {
  if (programs.length > LIMITS.programs) {
    throw badInput(
      ["programs"],
      `市予算事業は${LIMITS.programs}件までです`,
      `at most ${LIMITS.programs} programs`,
    );
  }
  return programs.map((p, i) => {
    const at = (field: string): Path => ["programs", i, field];
    checked(at("expectedGrant"), () =>
      assertGrantShare(p.budget, p.expectedGrant, "expectedGrant"),
    );
    checked(at("actualGrant"), () =>
      assertGrantShare(p.actual ?? null, p.actualGrant ?? null, "actualGrant"),
    );
    return {
      position: i + 1,
      name: checkText(at("name"), p.name, {
        label: "事業名",
        max: LIMITS.programName,
        required: true,
      })!,
      isPartial: p.isPartial ?? false,
      isNew: p.isNew ?? false,
      summary: checkText(at("summary"), p.summary, { label: "概要", max: LIMITS.longText }) ?? null,
      mainResults:
        checkText(at("mainResults"), p.mainResults, {
          label: "主な事業実績",
          max: LIMITS.longText,
        }) ?? null,
      budget: BigInt(p.budget),
      expectedGrant: BigInt(p.expectedGrant),
      actual: p.actual == null ? null : BigInt(p.actual),
      actualGrant: p.actualGrant == null ? null : BigInt(p.actualGrant),
    };
  });
}

export type KpiValueRow = ReturnType<typeof kpiValueRows>[number];

/** The stored fields of each KPI value, checked: ["values", i, field]. */
export function kpiValueRows(values: KpiValueInput[]) {
  const seen = new Set<number>();
  return values.map((v, i) => {
    const at = (field: string) => ["values", i, field];
    const kpiId = idOf(v.kpiId, at("kpiId"));
    if (seen.has(kpiId)) {
      throw badInput(
        at("kpiId"),
        `KPI (id ${kpiId}) が重複しています`,
        `KPI ${kpiId} is given twice`,
      );
    }
    seen.add(kpiId);
    if (v.value != null && v.notMeasured) {
      throw badInput(
        at("notMeasured"),
        "値と「-」(未計測) は同時に指定できません",
        "a value and notMeasured exclude each other",
      );
    }
    const asOf = v.asOf ? checkMonth(at("asOf"), v.asOf) : null;
    return {
      kpiId,
      data: {
        value: v.value == null ? null : checkDecimal(at("value"), v.value),
        notMeasured: v.notMeasured ?? false,
        asOfYear: asOf?.year ?? null,
        asOfMonth: asOf?.month ?? null,
        isReference: v.isReference ?? false,
      },
    };
  });
}

/** ⑦ or ⑧: a category entry or text, and the part's text. */
export function partInput(
  text: { field: string; label: string },
  args: { categoryId?: string | number | null; categoryText?: string | null },
  body: string | null | undefined,
) {
  return {
    category: {
      id: optionalIdOf(args.categoryId, ["categoryId"]),
      text: checkText(["categoryText"], args.categoryText, {
        label: "区分",
        max: LIMITS.categoryText,
      }),
    },
    text: checkText([text.field], body, { label: text.label, max: LIMITS.longText }),
  };
}
