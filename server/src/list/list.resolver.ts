import type { GraphQLResolveInfo } from "graphql";
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Info,
  Query,
  Resolver,
  Root,
  type ClassType,
} from "type-graphql";
import { notFound } from "../errors/api-errors";
import { idOf } from "../common/validate";
import { requireActor, requireRole } from "../auth/guard";
import type { Context } from "../context";
import { whereOf } from "./filters";
import { ListMetadata, PageArgs, pageOf } from "./page.args";
import type { Relation, Resource } from "./resource";

/** Refuses a reader the resource is not open to (UNAUTHENTICATED or FORBIDDEN). */
export function requireReadAccess(resource: Resource, ctx: Pick<Context, "actor">): void {
  if (resource.access === "public") return;
  if (resource.access === "signedIn") requireActor(ctx);
  else requireRole(ctx, resource.access);
}

/**
 * A field resolver for each to-one relation: the row the page joined when it did, or the
 * related row loaded batched (within the reader's scope: null when not visible).
 */
function addRelationResolvers(
  target: { prototype: object },
  relations: Record<string, Relation>,
): void {
  for (const [field, relation] of Object.entries(relations)) {
    const related = relation.resource();
    Object.defineProperty(target.prototype, field, {
      // Not async: a joined row answers at once, so a page's rows complete without promises.
      value: function (root: Record<string, unknown>, ctx: Context) {
        if (root[field] !== undefined) return root[field];
        const key = root[relation.key];
        return key === null ? null : ctx.lists.loader(related).load(Number(key));
      },
    });
    Root()(target.prototype, field, 0);
    Ctx()(target.prototype, field, 1);
    FieldResolver(() => related.type as ClassType, { nullable: true })(
      target.prototype,
      field,
      Object.getOwnPropertyDescriptor(target.prototype, field)!,
    );
  }
}

/** The relation field resolvers of a type that has no list of its own (a part of a report). */
export function RelationResolver(type: ClassType, relations: Record<string, Relation>) {
  @Resolver(() => type)
  abstract class RelationResolverBase {}
  addRelationResolvers(RelationResolverBase, relations);
  return RelationResolverBase;
}

/** Names the list for the request's batch: the same filter's page and count share a statement. */
const groupOf = (resource: Resource, filter: unknown) =>
  `${resource.name}:${JSON.stringify(filter ?? {})}`;

/**
 * The list convention for one resource, as a base resolver (type-graphql's resolver
 * inheritance; only the subclass is registered in schema.ts): `all<plural>`, `_all<plural>Meta` and `<name>(id)`, plus a field resolver
 * for each to-one relation that reads the joined row when the page joined it, or loads it
 * batched otherwise. A domain resolver extends it and adds its mutations.
 */
export function ListResolver<T extends object>(resource: Resource<T>) {
  @ArgsType()
  class ListArgs extends PageArgs {
    @Field(() => resource.filter, { nullable: true })
    filter?: object | null;
  }

  @Resolver(() => resource.type)
  abstract class ListResolverBase {
    @Query(() => [resource.type], { name: `all${resource.plural}` })
    async list(
      @Args(() => ListArgs) args: ListArgs,
      @Ctx() ctx: Context,
      @Info() info: GraphQLResolveInfo,
    ): Promise<T[]> {
      requireReadAccess(resource, ctx);
      const page = { ...pageOf(args, resource), where: whereOf(resource, args.filter, ctx) };
      const plan = ctx.lists.planOf(resource, info);
      return ctx.lists.page(resource, plan, page, groupOf(resource, args.filter));
    }

    @Query(() => ListMetadata, {
      name: `_all${resource.plural}Meta`,
      description:
        "The total for the filter; paging and sorting arguments are accepted and ignored",
    })
    async meta(@Args(() => ListArgs) args: ListArgs, @Ctx() ctx: Context): Promise<ListMetadata> {
      requireReadAccess(resource, ctx);
      const where = whereOf(resource, args.filter, ctx);
      return { count: await ctx.lists.count(resource, where, groupOf(resource, args.filter)) };
    }

    @Query(() => resource.type, { name: resource.name })
    async one(
      @Arg("id", () => ID) id: string,
      @Ctx() ctx: Context,
      @Info() info: GraphQLResolveInfo,
    ): Promise<T> {
      requireReadAccess(resource, ctx);
      const key = idOf(id, ["id"]);
      const plan = ctx.lists.planOf(resource, info);
      const [item] = await ctx.lists.byKeys(resource, plan, [key]);
      // Another municipality's private row is "not found": a denial never reveals that it exists.
      if (!item) throw notFound(resource.name, key);
      return item;
    }
  }

  addRelationResolvers(ListResolverBase, resource.relations);
  return ListResolverBase;
}
