import { conflict, withDbErrors } from "../../errors/db-errors";
import type { CategoryKind } from "../../common/enums";
import { notFound } from "../../errors/api-errors";
import { checkText, intInRange, required } from "../../common/validate";
import type { PrismaClient } from "../../db/database";
import { updateVersioned, versioned } from "../../db/optimistic-lock";
import type { Prisma } from "../../generated/prisma/client";
import type { CreateCategoryArgs, UpdateCategoryArgs } from "./category.args";

type Tx = Prisma.TransactionClient;

interface CategoryData {
  kind?: CategoryKind;
  label?: string;
  explanation?: string | null;
  rank?: number;
  isActive?: boolean;
}

/** Checks the fields present; undefined means "unchanged", a null explanation clears it. */
function validCategory(args: CreateCategoryArgs | UpdateCategoryArgs): CategoryData {
  const data: CategoryData = {};
  data.kind = required(args.kind, ["kind"], "種別");
  const label = checkText(["label"], args.label, { label: "区分名", max: 100, required: true });
  if (label) data.label = label;
  data.explanation = checkText(["explanation"], args.explanation, { label: "説明", max: 300 });
  const rank = required(args.rank, ["rank"], "順位");
  if (rank !== undefined) data.rank = intInRange(rank, ["rank"], 1, 1000, "順位");
  data.isActive = required(args.isActive, ["isActive"], "有効");
  return data;
}

const duplicateLabel = (kind: string, label: string) =>
  conflict(
    ["label"],
    `${kind}の区分「${label}」は既に登録されています`,
    `a ${kind} category labelled "${label}" already exists`,
  );

async function assertLabelFree(tx: Tx, kind: CategoryKind, label: string, selfId?: number) {
  const other = await tx.category.findUnique({ where: { kind_label: { kind, label } } });
  if (other && other.id !== selfId) throw duplicateLabel(kind, label);
}

/** How many report sections point at the category (effect, evaluation, future policy). */
async function usesOf(tx: Tx, id: number): Promise<number> {
  // One after another: a transaction is one connection, which runs one query at a time.
  const effects = await tx.report.count({ where: { effectCategoryId: id } });
  const evaluations = await tx.evaluation.count({ where: { categoryId: id } });
  const policies = await tx.futurePolicy.count({ where: { categoryId: id } });
  return effects + evaluations + policies;
}

export async function createCategory(prisma: PrismaClient, args: CreateCategoryArgs) {
  const data = validCategory(args);
  const kind = data.kind!;
  const label = data.label!;
  return withDbErrors(
    () =>
      prisma.$transaction(async (tx) => {
        await assertLabelFree(tx, kind, label);
        return tx.category.create({ data: { ...data, kind, label, rank: data.rank! } });
      }),
    { unique: () => duplicateLabel(kind, label) },
  );
}

export async function updateCategory(prisma: PrismaClient, id: number, args: UpdateCategoryArgs) {
  const data = validCategory(args);
  return withDbErrors(
    () =>
      prisma.$transaction(async (tx) => {
        const current = await tx.category.findUnique({ where: { id } });
        if (!current) throw notFound("Category", id);
        const kind = data.kind ?? current.kind;
        await assertLabelFree(tx, kind, data.label ?? current.label, id);
        // Reports point at it as an effect, evaluation or policy; the kind must stay.
        if (kind !== current.kind && (await usesOf(tx, id)) > 0) {
          throw conflict(
            ["kind"],
            "報告書で使われている区分の種別は変更できません",
            "the kind of a category used in reports cannot be changed",
          );
        }
        await updateVersioned(versioned(tx.category), "Category", { id }, args.version, data);
        return tx.category.findUniqueOrThrow({ where: { id } });
      }),
    { unique: () => duplicateLabel(data.kind ?? "", data.label ?? "") },
  );
}

/** Only unused entries; used ones are deactivated instead. */
export async function deleteCategory(prisma: PrismaClient, id: number) {
  return prisma.$transaction(async (tx) => {
    const found = await tx.category.findUnique({ where: { id } });
    if (!found) throw notFound("Category", id);
    const uses = await usesOf(tx, id);
    if (uses > 0) {
      throw conflict(
        ["id"],
        `この区分は報告書で${uses}回使われているため削除できません (無効にしてください)`,
        `the category is used ${uses} time(s) in reports and cannot be deleted; deactivate it instead`,
      );
    }
    return tx.category.delete({ where: { id } });
  });
}
