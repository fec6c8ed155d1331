import {
  type DocumentNode,
  type FieldNode,
  type GraphQLFieldResolver,
  type GraphQLNamedType,
  GraphQLError,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  Kind,
  OperationTypeNode,
  type SelectionSetNode,
  type VariableDefinitionNode,
  execute,
  isObjectType,
  visit,
} from "graphql";
import type { Context } from "../context";
import { createLoaders } from "../loaders";

/** The variables a selection uses (in @include/@skip or arguments of nested fields). */
function usedVariables(
  selection: SelectionSetNode,
  info: GraphQLResolveInfo,
): VariableDefinitionNode[] {
  const names = new Set<string>();
  const collect = (node: SelectionSetNode) =>
    visit(node, { Variable: (v) => void names.add(v.name.value) });
  collect(selection);
  Object.values(info.fragments).forEach((f) => collect(f.selectionSet));
  return (info.operation.variableDefinitions ?? []).filter((d) => names.has(d.variable.name.value));
}

function withKeyFields(selection: SelectionSetNode, type: GraphQLNamedType | undefined) {
  const fields = isObjectType(type) ? type.getFields() : {};
  const present = new Set(
    selection.selections.flatMap((s) => (s.kind === Kind.FIELD && !s.alias ? [s.name.value] : [])),
  );
  const missing = ["id", "version"].filter((name) => fields[name] && !present.has(name));
  const added: FieldNode[] = missing.map((name) => ({
    kind: Kind.FIELD,
    name: { kind: Kind.NAME, value: name },
  }));
  return { ...selection, selections: [...selection.selections, ...added] };
}

/**
 * The item a CONFLICT is about, as it is now and in the shape the mutation asked for (ids as
 * strings, nested parts, totals), with its id and version: the mutation's own selection, run
 * as `<entity>(id)` by the same user after the failed write rolled back. null when it cannot
 * be read.
 */
async function currentItem(
  entity: string,
  id: unknown,
  ctx: Context,
  info: GraphQLResolveInfo,
): Promise<unknown> {
  const asked = info.fieldNodes[0].selectionSet;
  if (!asked || !info.schema.getQueryType()?.getFields()[entity]) return null;
  // Whatever the mutation asked for, the client needs to know which item and which version.
  const selectionSet = withKeyFields(asked, info.schema.getType(entity));
  const field: FieldNode = {
    kind: Kind.FIELD,
    name: { kind: Kind.NAME, value: entity },
    arguments: [
      {
        kind: Kind.ARGUMENT,
        name: { kind: Kind.NAME, value: "id" },
        value: { kind: Kind.STRING, value: String(id) },
      },
    ],
    selectionSet,
  };
  const document: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [
      {
        kind: Kind.OPERATION_DEFINITION,
        operation: OperationTypeNode.QUERY,
        variableDefinitions: usedVariables(selectionSet, info),
        selectionSet: { kind: Kind.SELECTION_SET, selections: [field] },
      },
      ...Object.values(info.fragments),
    ],
  };
  // Nothing cached from before the write: a new reader and new loaders.
  const fresh = { ...ctx, lists: ctx.lists.fresh(), loaders: createLoaders(ctx.prisma) };
  const result = await execute({
    schema: info.schema,
    document,
    contextValue: fresh,
    variableValues: info.variableValues,
  });
  return (result.data as Record<string, unknown> | null | undefined)?.[entity] ?? null;
}

/** Adds `extensions.current` to every CONFLICT about an item (a stale version, a wrong status). */
export function addCurrentToConflicts(schema: GraphQLSchema): void {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve as GraphQLFieldResolver<unknown, Context>;
    field.resolve = async (source, args, ctx, info) => {
      try {
        return await resolve(source, args, ctx, info);
      } catch (error) {
        const extensions = error instanceof GraphQLError ? error.extensions : undefined;
        if (extensions?.code !== "CONFLICT" || !extensions.entity || "current" in extensions) {
          throw error;
        }
        const current = await currentItem(String(extensions.entity), extensions.id, ctx, info);
        throw new GraphQLError((error as GraphQLError).message, {
          extensions: { ...extensions, current },
        });
      }
    };
  }
}
