import { Authorized, Arg, Args, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { conflict, withDbErrors } from "../../common/db-errors";
import { notFound } from "../../common/errors";
import { ListArgs, ListMetadata, pageOf } from "../../common/list.args";
import { filterIds, idOf } from "../../common/validate";
import type { Context } from "../../context";
import type { Prisma } from "../../generated/prisma/client";
import { GrantTypeCreateInput, GrantTypeFilter, GrantTypeUpdateInput } from "./grant-type.args";
import { GrantType } from "./grant-type.type";
import { assertLimitFits, assertUnique, validGrantType } from "./grant-type.validate";

const SORTABLE = ["id", "code", "name", "kpiLimit", "position"] as const;

function whereOf(filter: GrantTypeFilter | undefined): Prisma.GrantTypeWhereInput {
  const where: Prisma.GrantTypeWhereInput = {};
  if (filter?.ids) where.id = { in: filterIds(filter.ids) };
  if (filter?.q) {
    where.OR = [
      { name: { contains: filter.q, mode: "insensitive" } },
      { code: { contains: filter.q, mode: "insensitive" } },
    ];
  }
  return where;
}

const toType = (row: object): GrantType => Object.assign(new GrantType(), row);

@Resolver(() => GrantType)
export class GrantTypeResolver {
  @Authorized()
  @Query(() => [GrantType])
  async allGrantTypes(
    @Args() list: ListArgs,
    @Arg("filter", () => GrantTypeFilter, { nullable: true }) filter: GrantTypeFilter | undefined,
    @Ctx() { prisma }: Context,
  ): Promise<GrantType[]> {
    const page = pageOf(list, SORTABLE, "position");
    return (await prisma.grantType.findMany({ where: whereOf(filter), ...page })).map(toType);
  }

  @Authorized()
  @Query(() => ListMetadata)
  async _allGrantTypesMeta(
    @Arg("filter", () => GrantTypeFilter, { nullable: true }) filter: GrantTypeFilter | undefined,
    @Ctx() { prisma }: Context,
  ): Promise<ListMetadata> {
    return { count: await prisma.grantType.count({ where: whereOf(filter) }) };
  }

  @Authorized()
  @Query(() => GrantType)
  async GrantType(
    @Arg("id", () => ID) id: string,
    @Ctx() { loaders }: Context,
  ): Promise<GrantType> {
    const row = await loaders.grantType.load(idOf(id, ["id"]));
    if (!row) throw notFound("GrantType", id);
    return toType(row);
  }

  @Authorized("ADMIN")
  @Mutation(() => GrantType)
  async createGrantType(
    @Args() input: GrantTypeCreateInput,
    @Ctx() { prisma }: Context,
  ): Promise<GrantType> {
    const data = validGrantType(input);
    const row = await withDbErrors(() =>
      prisma.$transaction(async (tx) => {
        await assertUnique(tx, data);
        const last = await tx.grantType.aggregate({ _max: { position: true } });
        return tx.grantType.create({
          data: {
            code: data.code!,
            name: data.name!,
            kpiLimit: data.kpiLimit ?? 4,
            position: data.position ?? (last._max.position ?? 0) + 1,
          },
        });
      }),
    );
    return toType(row);
  }

  @Authorized("ADMIN")
  @Mutation(() => GrantType)
  async updateGrantType(
    @Args() input: GrantTypeUpdateInput,
    @Ctx() { prisma }: Context,
  ): Promise<GrantType> {
    const id = idOf(input.id, ["id"]);
    const data = validGrantType(input);
    const row = await withDbErrors(() =>
      prisma.$transaction(async (tx) => {
        if (!(await tx.grantType.findUnique({ where: { id } }))) throw notFound("GrantType", id);
        await assertUnique(tx, data, id);
        await assertLimitFits(tx, id, data.kpiLimit);
        return tx.grantType.update({ where: { id }, data });
      }),
    );
    return toType(row);
  }

  @Authorized("ADMIN")
  @Mutation(() => GrantType)
  async deleteGrantType(
    @Arg("id", () => ID) rawId: string,
    @Ctx() { prisma }: Context,
  ): Promise<GrantType> {
    const id = idOf(rawId, ["id"]);
    const inUse = (count = 1) =>
      conflict(
        ["id"],
        `この交付金には事業が${count}件登録されているため削除できません`,
        `the grant type still has ${count} project(s) and cannot be deleted`,
      );
    const row = await withDbErrors(
      () =>
        prisma.$transaction(async (tx) => {
          if (!(await tx.grantType.findUnique({ where: { id } }))) throw notFound("GrantType", id);
          const projects = await tx.project.count({ where: { grantTypeId: id } });
          if (projects > 0) throw inUse(projects);
          return tx.grantType.delete({ where: { id } });
        }),
      { foreignKey: () => inUse() },
    );
    return toType(row);
  }
}
