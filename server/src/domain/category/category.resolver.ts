import {
  Authorized,
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { conflict, withDbErrors } from "../../common/db-errors";
import { notFound } from "../../common/errors";
import { ListArgs, ListMetadata, pageOf } from "../../common/list.args";
import { filterIds, idOf } from "../../common/validate";
import type { Context } from "../../context";
import type { Prisma } from "../../generated/prisma/client";
import { categoryText } from "../../rules";
import { CategoryCreateInput, CategoryFilter, CategoryUpdateInput } from "./category.args";
import { Category } from "./category.type";
import { assertLabelFree, duplicateLabel, usesOf, validCategory } from "./category.validate";

const SORTABLE = ["id", "kind", "label", "rank", "isActive"] as const;

function whereOf(filter: CategoryFilter | undefined): Prisma.CategoryWhereInput {
  const where: Prisma.CategoryWhereInput = {};
  if (filter?.ids) where.id = { in: filterIds(filter.ids) };
  if (filter?.kind) where.kind = filter.kind;
  if (filter?.isActive !== undefined && filter.isActive !== null) where.isActive = filter.isActive;
  return where;
}

const toType = (row: object): Category => Object.assign(new Category(), row);

@Resolver(() => Category)
export class CategoryResolver {
  @Authorized()
  @Query(() => [Category], { description: "By kind, then rank, unless sorted otherwise" })
  async allCategories(
    @Args() list: ListArgs,
    @Arg("filter", () => CategoryFilter, { nullable: true }) filter: CategoryFilter | undefined,
    @Ctx() { prisma }: Context,
  ): Promise<Category[]> {
    const { skip, take, orderBy } = pageOf(list, SORTABLE, "rank");
    // A scale reads in rank order within its kind.
    const sorted = list.sortField === undefined ? [{ kind: "asc" as const }, ...orderBy] : orderBy;
    const rows = await prisma.category.findMany({
      where: whereOf(filter),
      skip,
      take,
      orderBy: sorted,
    });
    return rows.map(toType);
  }

  @Authorized()
  @Query(() => ListMetadata)
  async _allCategoriesMeta(
    @Arg("filter", () => CategoryFilter, { nullable: true }) filter: CategoryFilter | undefined,
    @Ctx() { prisma }: Context,
  ): Promise<ListMetadata> {
    return { count: await prisma.category.count({ where: whereOf(filter) }) };
  }

  @Authorized()
  @Query(() => Category)
  async Category(@Arg("id", () => ID) id: string, @Ctx() { loaders }: Context): Promise<Category> {
    const row = await loaders.category.load(idOf(id, ["id"]));
    if (!row) throw notFound("Category", id);
    return toType(row);
  }

  @FieldResolver(() => String, { description: 'As the form writes it: "label (explanation)"' })
  text(@Root() category: Category): string {
    return categoryText(category);
  }

  @Authorized("ADMIN")
  @Mutation(() => Category)
  async createCategory(
    @Args() input: CategoryCreateInput,
    @Ctx() { prisma }: Context,
  ): Promise<Category> {
    const data = validCategory(input);
    const kind = data.kind!;
    const label = data.label!;
    const row = await withDbErrors(
      () =>
        prisma.$transaction(async (tx) => {
          await assertLabelFree(tx, kind, label);
          return tx.category.create({ data: { ...data, kind, label, rank: data.rank! } });
        }),
      { unique: () => duplicateLabel(kind, label) },
    );
    return toType(row);
  }

  @Authorized("ADMIN")
  @Mutation(() => Category)
  async updateCategory(
    @Args() input: CategoryUpdateInput,
    @Ctx() { prisma }: Context,
  ): Promise<Category> {
    const id = idOf(input.id, ["id"]);
    const data = validCategory(input);
    const row = await withDbErrors(() =>
      prisma.$transaction(async (tx) => {
        const current = await tx.category.findUnique({ where: { id } });
        if (!current) throw notFound("Category", id);
        await assertLabelFree(tx, data.kind ?? current.kind, data.label ?? current.label, id);
        // Reports point at it as an effect, evaluation or policy; the kind must stay.
        if (data.kind && data.kind !== current.kind && (await usesOf(tx, id)) > 0) {
          throw conflict(
            ["kind"],
            "報告書で使われている区分の種別は変更できません",
            "the kind of a category used in reports cannot be changed",
          );
        }
        return tx.category.update({ where: { id }, data });
      }),
    );
    return toType(row);
  }

  @Authorized("ADMIN")
  @Mutation(() => Category, { description: "Only unused entries; deactivate used ones instead" })
  async deleteCategory(
    @Arg("id", () => ID) rawId: string,
    @Ctx() { prisma }: Context,
  ): Promise<Category> {
    const id = idOf(rawId, ["id"]);
    const row = await prisma.$transaction(async (tx) => {
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
    return toType(row);
  }
}
