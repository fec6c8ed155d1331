import { Arg, Args, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { idOf } from "../../common/validate";
import { requireSystemAdmin } from "../../auth/guard";
import type { Context } from "../../context";
import { ListResolver } from "../../list/list.resolver";
import { CreateCategoryArgs, UpdateCategoryArgs } from "./category.args";
import { categoryResource } from "./category.resource";
import { createCategory, deleteCategory, updateCategory } from "./category.service";
import { Category } from "./category.type";

const toType = (row: object) => Object.assign(new Category(), row);

/** Data every municipality shares: only the system administrator writes it. */
@Resolver(() => Category)
export class CategoryResolver extends ListResolver(categoryResource) {
  @Authorized("ADMIN")
  @Mutation(() => Category)
  async createCategory(@Args() args: CreateCategoryArgs, @Ctx() ctx: Context) {
    requireSystemAdmin(ctx);
    return toType(await createCategory(ctx.prisma, args));
  }

  @Authorized("ADMIN")
  @Mutation(() => Category, { description: "Send the version you read (optimistic lock)" })
  async updateCategory(@Args() args: UpdateCategoryArgs, @Ctx() ctx: Context) {
    requireSystemAdmin(ctx);
    return toType(await updateCategory(ctx.prisma, idOf(args.id, ["id"]), args));
  }

  @Authorized("ADMIN")
  @Mutation(() => Category, { description: "Only unused entries; deactivate used ones instead" })
  async deleteCategory(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    requireSystemAdmin(ctx);
    return toType(await deleteCategory(ctx.prisma, idOf(id, ["id"])));
  }
}
