import { Authorized, Arg, Args, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import { clearedSessionCookie, sessionCookie } from "../../auth/cookies";
import { requireRole } from "../../auth/guard";
import { checkLogin } from "../../auth/login";
import { hashPassword } from "../../auth/password";
import { createSession, revokeSession } from "../../auth/session";
import { conflict, withDbErrors } from "../../common/db-errors";
import { notFound, versionConflict } from "../../common/errors";
import { ListArgs, ListMetadata, pageOf } from "../../common/list.args";
import { filterIds, idOf, text } from "../../common/validate";
import type { Context } from "../../context";
import type { Prisma } from "../../generated/prisma/client";
import { UserCreateInput, UserFilter, UserUpdateInput } from "./user.args";
import { USER_SELECT, User } from "./user.type";
import {
  validEmail,
  validLoginId,
  validMunicipalityFor,
  validPassword,
  validRoles,
} from "./user.validate";

const SORTABLE = ["id", "loginId", "name", "email"] as const;
const toType = (row: object): User => Object.assign(new User(), row);
const duplicate = () =>
  conflict(
    ["loginId"],
    "そのログインIDまたはメールアドレスは既に使われています",
    "login id or e-mail already in use",
  );

async function whereOf(
  ctx: Context,
  filter: UserFilter | undefined,
): Promise<Prisma.UserWhereInput> {
  const actor = requireRole(ctx, ["ADMIN"]);
  const where: Prisma.UserWhereInput = {};
  if (actor.municipalityId !== null) where.municipalityId = actor.municipalityId;
  else if (filter?.municipalityId !== undefined) where.municipalityId = filter.municipalityId;
  if (filter?.ids) where.id = { in: filterIds(filter.ids) };
  if (filter?.role) {
    // By id list: PGlite's adapter cannot bind an enum for `roles: { has }`.
    const ids = await ctx.prisma.$queryRaw<{ id: number }[]>`
      SELECT "id" FROM "User" WHERE ${filter.role}::text = ANY ("roles"::text[])`;
    where.AND = [{ id: { in: ids.map((row) => row.id) } }];
  }
  if (filter?.isActive !== undefined) where.isActive = filter.isActive;
  if (filter?.q) where.OR = [{ loginId: { contains: filter.q } }, { name: { contains: filter.q } }];
  return where;
}

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { nullable: true, description: "The signed-in user, or null" })
  async me(@Ctx() ctx: Context): Promise<User | null> {
    if (!ctx.actor) return null;
    const row = await ctx.prisma.user.findUnique({
      where: { id: ctx.actor.id },
      select: USER_SELECT,
    });
    return row && toType(row);
  }

  @Mutation(() => User, { description: "Signs in; sets an HttpOnly session cookie" })
  async login(
    @Arg("loginId") loginId: string,
    @Arg("password") password: string,
    @Ctx() ctx: Context,
  ): Promise<User> {
    const userId = await checkLogin(
      ctx.prisma,
      ctx.loginThrottle,
      ctx.clientAddress,
      loginId,
      password,
    );
    const token = await createSession(ctx.prisma, userId, ctx.sessions.hours);
    ctx.cookies.push(sessionCookie(token, ctx.sessions.hours * 3600, ctx.sessions.secureCookie));
    return toType(
      await ctx.prisma.user.findUniqueOrThrow({ where: { id: userId }, select: USER_SELECT }),
    );
  }

  @Mutation(() => Boolean, { description: "Ends this session on the server and clears the cookie" })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    if (ctx.sessionToken) await revokeSession(ctx.prisma, ctx.sessionToken);
    ctx.cookies.push(clearedSessionCookie(ctx.sessions.secureCookie));
    return true;
  }

  @Authorized("ADMIN")
  @Query(() => [User])
  async allUsers(
    @Args() list: ListArgs,
    @Arg("filter", () => UserFilter, { nullable: true }) filter: UserFilter | undefined,
    @Ctx() ctx: Context,
  ): Promise<User[]> {
    const rows = await ctx.prisma.user.findMany({
      where: await whereOf(ctx, filter),
      select: USER_SELECT,
      ...pageOf(list, SORTABLE, "id"),
    });
    return rows.map(toType);
  }

  @Authorized("ADMIN")
  @Query(() => ListMetadata)
  async _allUsersMeta(
    @Arg("filter", () => UserFilter, { nullable: true }) filter: UserFilter | undefined,
    @Ctx() ctx: Context,
  ): Promise<ListMetadata> {
    return { count: await ctx.prisma.user.count({ where: await whereOf(ctx, filter) }) };
  }

  @Authorized("ADMIN")
  @Query(() => User)
  async User(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<User> {
    const userId = idOf(id, ["id"]);
    const row = await ctx.prisma.user.findFirst({
      where: { ...(await whereOf(ctx, undefined)), id: userId },
      select: USER_SELECT,
    });
    if (!row) throw notFound("User", userId);
    return toType(row);
  }

  @Authorized("ADMIN")
  @Mutation(() => User)
  async createUser(@Args() input: UserCreateInput, @Ctx() ctx: Context): Promise<User> {
    const actor = requireRole(ctx, ["ADMIN"]);
    const data = {
      loginId: validLoginId(input.loginId),
      name: text(input.name, ["name"], 1, 100, "氏名"),
      email: validEmail(input.email),
      roles: validRoles(input.roles),
      municipalityId: validMunicipalityFor(actor, input.municipalityId),
      isActive: input.isActive ?? true,
      passwordHash: await hashPassword(validPassword(input.password)),
    };
    const row = await withDbErrors(
      () => ctx.prisma.$transaction((tx) => tx.user.create({ data, select: USER_SELECT })),
      { unique: duplicate },
    );
    return toType(row);
  }

  @Authorized("ADMIN")
  @Mutation(() => User, {
    description: "Only given fields change; deactivating revokes every session",
  })
  async updateUser(@Args() input: UserUpdateInput, @Ctx() ctx: Context): Promise<User> {
    const actor = requireRole(ctx, ["ADMIN"]);
    const id = idOf(input.id, ["id"]);
    const data: Prisma.UserUpdateManyMutationInput & { municipalityId?: number | null } = {};
    if (input.name !== undefined) data.name = text(input.name, ["name"], 1, 100, "氏名");
    if (input.email !== undefined) data.email = validEmail(input.email);
    if (input.roles !== undefined) data.roles = validRoles(input.roles);
    if (input.municipalityId !== undefined)
      data.municipalityId = validMunicipalityFor(actor, input.municipalityId);
    if (input.isActive !== undefined) data.isActive = input.isActive;
    if (input.password !== undefined)
      data.passwordHash = await hashPassword(validPassword(input.password));
    const scope = await whereOf(ctx, undefined);
    const row = await withDbErrors(
      () =>
        ctx.prisma.$transaction(async (tx) => {
          const { count } = await tx.user.updateMany({
            where: { ...scope, id, version: input.version },
            data: { ...data, version: { increment: 1 } },
          });
          if (count === 0) {
            const current = await tx.user.findFirst({
              where: { ...scope, id },
              select: USER_SELECT,
            });
            throw current ? versionConflict("User", id, current) : notFound("User", id);
          }
          if (input.isActive === false || input.password !== undefined) {
            await tx.session.updateMany({
              where: { userId: id, revokedAt: null },
              data: { revokedAt: new Date() },
            });
          }
          return tx.user.findUniqueOrThrow({ where: { id }, select: USER_SELECT });
        }),
      { unique: duplicate },
    );
    return toType(row);
  }

  @Authorized("ADMIN")
  @Mutation(() => Int, { description: "Signs a user out everywhere; returns the sessions ended" })
  async revokeUserSessions(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<number> {
    await this.User(id, ctx);
    const { count } = await ctx.prisma.session.updateMany({
      where: { userId: idOf(id, ["id"]), revokedAt: null },
      data: { revokedAt: new Date() },
    });
    return count;
  }
}
