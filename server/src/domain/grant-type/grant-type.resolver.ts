import { Arg, Args, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { idOf } from "../../common/validate";
import { requireSystemAdmin } from "../../auth/guard";
import type { Context } from "../../context";
import { ListResolver } from "../../list/list.resolver";
import { CreateGrantTypeArgs, UpdateGrantTypeArgs } from "./grant-type.args";
import { grantTypeResource } from "./grant-type.resource";
import { createGrantType, deleteGrantType, updateGrantType } from "./grant-type.service";
import { GrantType } from "./grant-type.type";

/** Data every municipality shares: only the system administrator writes it. */
@Resolver(() => GrantType)
export class GrantTypeResolver extends ListResolver(grantTypeResource) {
  @Authorized("ADMIN")
  @Mutation(() => GrantType)
  createGrantType(@Args() args: CreateGrantTypeArgs, @Ctx() ctx: Context) {
    requireSystemAdmin(ctx);
    return createGrantType(ctx.prisma, args);
  }

  @Authorized("ADMIN")
  @Mutation(() => GrantType, { description: "Send the version you read (optimistic lock)" })
  updateGrantType(@Args() args: UpdateGrantTypeArgs, @Ctx() ctx: Context) {
    requireSystemAdmin(ctx);
    return updateGrantType(ctx.prisma, idOf(args.id, ["id"]), args);
  }

  @Authorized("ADMIN")
  @Mutation(() => GrantType, { description: "Only a grant type no project uses" })
  deleteGrantType(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    requireSystemAdmin(ctx);
    return deleteGrantType(ctx.prisma, idOf(id, ["id"]));
  }
}
