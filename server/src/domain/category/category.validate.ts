import { conflict } from "../../common/db-errors";
import type { CategoryKind } from "../../common/enums";
import { intInRange, optionalText, required, text } from "../../common/validate";
import type { Prisma } from "../../generated/prisma/client";

export interface CategoryData {
  kind?: CategoryKind;
  label?: string;
  explanation?: string | null;
  rank?: number;
  isActive?: boolean;
}

/** Checks the fields present; undefined means "unchanged", a null explanation clears it. */
export function validCategory(input: {
  kind?: CategoryKind | null;
  label?: string | null;
  explanation?: string | null;
  rank?: number | null;
  isActive?: boolean | null;
}): CategoryData {
  const data: CategoryData = {};
  data.kind = required(input.kind, ["kind"], "種別");
  const label = required(input.label, ["label"], "区分名");
  if (label !== undefined) data.label = text(label, ["label"], 1, 100, "区分名");
  if (input.explanation !== undefined) {
    data.explanation = optionalText(input.explanation, ["explanation"], 300, "説明");
  }
  const rank = required(input.rank, ["rank"], "順位");
  if (rank !== undefined) data.rank = intInRange(rank, ["rank"], 1, 1000, "順位");
  data.isActive = required(input.isActive, ["isActive"], "有効");
  return data;
}

export const duplicateLabel = (kind: string, label: string) =>
  conflict(
    ["label"],
    `${kind}の区分「${label}」は既に登録されています`,
    `a ${kind} category labelled "${label}" already exists`,
  );

export async function assertLabelFree(
  tx: Prisma.TransactionClient,
  kind: CategoryKind,
  label: string,
  selfId?: number,
): Promise<void> {
  const other = await tx.category.findUnique({ where: { kind_label: { kind, label } } });
  if (other && other.id !== selfId) throw duplicateLabel(kind, label);
}

/** How many report sections point at the category (effect, evaluation, future policy). */
export async function usesOf(tx: Prisma.TransactionClient, id: number): Promise<number> {
  // One after another: a transaction is one connection, which runs one query at a time.
  const effects = await tx.report.count({ where: { effectCategoryId: id } });
  const evaluations = await tx.evaluation.count({ where: { categoryId: id } });
  const policies = await tx.futurePolicy.count({ where: { categoryId: id } });
  return effects + evaluations + policies;
}
