import { Arg, Args, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { idOf } from "../../common/validate";
import { requireSystemAdmin } from "../../auth/guard";
import type { Context } from "../../context";
import { ListResolver } from "../../list/list.resolver";
import { CreateMunicipalityArgs, UpdateMunicipalityArgs } from "./municipality.args";
import { municipalityResource } from "./municipality.resource";
import { createMunicipality, deleteMunicipality, updateMunicipality } from "./municipality.service";
import { Municipality } from "./municipality.type";

/** Data every municipality shares: only the system administrator writes it. */
@Resolver(() => Municipality)
export class MunicipalityResolver extends ListResolver(municipalityResource) {
  @Authorized("ADMIN")
  @Mutation(() => Municipality)
  createMunicipality(@Args() args: CreateMunicipalityArgs, @Ctx() ctx: Context) {
    requireSystemAdmin(ctx);
    return createMunicipality(ctx.prisma, args);
  }

  @Authorized("ADMIN")
  @Mutation(() => Municipality, { description: "Send the version you read (optimistic lock)" })
  updateMunicipality(@Args() args: UpdateMunicipalityArgs, @Ctx() ctx: Context) {
    requireSystemAdmin(ctx);
    return updateMunicipality(ctx.prisma, idOf(args.id, ["id"]), args);
  }

  @Authorized("ADMIN")
  @Mutation(() => Municipality, { description: "Only a municipality without projects or users" })
  deleteMunicipality(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    requireSystemAdmin(ctx);
    return deleteMunicipality(ctx.prisma, idOf(id, ["id"]));
  }
}
