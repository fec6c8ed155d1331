import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import { clearedSessionCookie, sessionCookie } from "../../auth/cookies";
import { checkLogin } from "../../auth/login";
import { createSession, revokeSession } from "../../auth/session";
import { idOf } from "../../common/validate";
import type { Context } from "../../context";
import { ListResolver } from "../../list/list.resolver";
import { CreateUserArgs, UpdateUserArgs } from "./user.args";
import { userResource } from "./user.resource";
import { createUser, revokeUserSessions, updateUser } from "./user.service";
import { USER_SELECT, User } from "./user.type";

@Resolver(() => User)
export class UserResolver extends ListResolver(userResource) {
  @Query(() => User, { nullable: true, description: "The signed-in user, or null" })
  async me(@Ctx() ctx: Context): Promise<User | null> {
    if (!ctx.actor) return null;
    return ctx.prisma.user.findUnique({ where: { id: ctx.actor.id }, select: USER_SELECT });
  }

  @Mutation(() => User, { description: "Signs in; sets an HttpOnly session cookie" })
  async login(
    @Arg("loginId") loginId: string,
    @Arg("password") password: string,
    @Ctx() ctx: Context,
  ): Promise<User> {
    const userId = await checkLogin(
      ctx.prisma,
      ctx.db,
      ctx.login,
      ctx.clientAddress,
      loginId,
      password,
    );
    const token = await createSession(ctx.prisma, userId, ctx.sessions.hours);
    ctx.cookies.push(sessionCookie(token, ctx.sessions.hours * 3600, ctx.sessions.secureCookie));
    return ctx.prisma.user.findUniqueOrThrow({ where: { id: userId }, select: USER_SELECT });
  }

  @Mutation(() => Boolean, { description: "Ends this session on the server and clears the cookie" })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    if (ctx.sessionToken) await revokeSession(ctx.prisma, ctx.sessionToken);
    ctx.cookies.push(clearedSessionCookie(ctx.sessions.secureCookie));
    return true;
  }

  @Authorized("ADMIN")
  @Mutation(() => User)
  createUser(@Args() args: CreateUserArgs, @Ctx() ctx: Context) {
    return createUser(ctx, args);
  }

  @Authorized("ADMIN")
  @Mutation(() => User, {
    description: "Only given fields change; deactivating or a new password ends every session",
  })
  updateUser(@Args() args: UpdateUserArgs, @Ctx() ctx: Context) {
    return updateUser(ctx, idOf(args.id, ["id"]), args);
  }

  @Authorized("ADMIN")
  @Mutation(() => Int, { description: "Signs a user out everywhere; returns the sessions ended" })
  revokeUserSessions(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return revokeUserSessions(ctx, idOf(id, ["id"]));
  }
}
