import { Authorized, Arg, Args, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { conflict, withDbErrors } from "../../common/db-errors";
import { notFound } from "../../common/errors";
import { ListArgs, ListMetadata, pageOf } from "../../common/list.args";
import { filterIds, idOf } from "../../common/validate";
import type { Context } from "../../context";
import type { Prisma, PrismaClient } from "../../generated/prisma/client";
import {
  MunicipalityCreateInput,
  MunicipalityFilter,
  MunicipalityUpdateInput,
} from "./municipality.args";
import { Municipality } from "./municipality.type";
import { validMunicipality } from "./municipality.validate";

type Tx = Prisma.TransactionClient | PrismaClient;
const SORTABLE = ["id", "code", "name", "prefecture"] as const;

function whereOf(filter: MunicipalityFilter | undefined): Prisma.MunicipalityWhereInput {
  const where: Prisma.MunicipalityWhereInput = {};
  if (filter?.ids) where.id = { in: filterIds(filter.ids) };
  if (filter?.prefecture) where.prefecture = filter.prefecture;
  if (filter?.q) {
    where.OR = [
      { name: { contains: filter.q, mode: "insensitive" } },
      { code: { startsWith: filter.q } },
    ];
  }
  return where;
}

const toType = (row: object): Municipality => Object.assign(new Municipality(), row);

async function assertCodeFree(tx: Tx, code: string | undefined, selfId?: number): Promise<void> {
  if (code === undefined) return;
  const other = await tx.municipality.findUnique({ where: { code } });
  if (other && other.id !== selfId) throw duplicateCode(code);
}

const duplicateCode = (code: string) =>
  conflict(
    ["code"],
    `団体コード「${code}」は既に登録されています`,
    `municipality code "${code}" already exists`,
  );

@Resolver(() => Municipality)
export class MunicipalityResolver {
  @Authorized()
  @Query(() => [Municipality])
  async allMunicipalities(
    @Args() list: ListArgs,
    @Arg("filter", () => MunicipalityFilter, { nullable: true })
    filter: MunicipalityFilter | undefined,
    @Ctx() { prisma }: Context,
  ): Promise<Municipality[]> {
    const page = pageOf(list, SORTABLE, "code");
    const rows = await prisma.municipality.findMany({ where: whereOf(filter), ...page });
    return rows.map(toType);
  }

  @Authorized()
  @Query(() => ListMetadata)
  async _allMunicipalitiesMeta(
    @Arg("filter", () => MunicipalityFilter, { nullable: true })
    filter: MunicipalityFilter | undefined,
    @Ctx() { prisma }: Context,
  ): Promise<ListMetadata> {
    return { count: await prisma.municipality.count({ where: whereOf(filter) }) };
  }

  @Authorized()
  @Query(() => Municipality)
  async Municipality(
    @Arg("id", () => ID) id: string,
    @Ctx() { loaders }: Context,
  ): Promise<Municipality> {
    const row = await loaders.municipality.load(idOf(id, ["id"]));
    if (!row) throw notFound("Municipality", id);
    return toType(row);
  }

  @Authorized("ADMIN")
  @Mutation(() => Municipality)
  async createMunicipality(
    @Args() input: MunicipalityCreateInput,
    @Ctx() { prisma }: Context,
  ): Promise<Municipality> {
    const data = validMunicipality(input) as Required<ReturnType<typeof validMunicipality>>;
    const row = await withDbErrors(
      () =>
        prisma.$transaction(async (tx) => {
          await assertCodeFree(tx, data.code);
          return tx.municipality.create({ data });
        }),
      { unique: () => duplicateCode(data.code) },
    );
    return toType(row);
  }

  @Authorized("ADMIN")
  @Mutation(() => Municipality)
  async updateMunicipality(
    @Args() input: MunicipalityUpdateInput,
    @Ctx() { prisma }: Context,
  ): Promise<Municipality> {
    const id = idOf(input.id, ["id"]);
    const data = validMunicipality(input);
    const row = await withDbErrors(
      () =>
        prisma.$transaction(async (tx) => {
          if (!(await tx.municipality.findUnique({ where: { id } }))) {
            throw notFound("Municipality", id);
          }
          await assertCodeFree(tx, data.code, id);
          return tx.municipality.update({ where: { id }, data });
        }),
      { unique: () => duplicateCode(data.code ?? "") },
    );
    return toType(row);
  }

  @Authorized("ADMIN")
  @Mutation(() => Municipality)
  async deleteMunicipality(
    @Arg("id", () => ID) rawId: string,
    @Ctx() { prisma }: Context,
  ): Promise<Municipality> {
    const id = idOf(rawId, ["id"]);
    const inUse = (count = 1) =>
      conflict(
        ["id"],
        `この団体には事業が${count}件登録されているため削除できません`,
        `the municipality still has ${count} project(s) and cannot be deleted`,
      );
    const row = await withDbErrors(
      () =>
        prisma.$transaction(async (tx) => {
          const found = await tx.municipality.findUnique({ where: { id } });
          if (!found) throw notFound("Municipality", id);
          const projects = await tx.project.count({ where: { municipalityId: id } });
          if (projects > 0) throw inUse(projects);
          return tx.municipality.delete({ where: { id } });
        }),
      { foreignKey: () => inUse() },
    );
    return toType(row);
  }
}
