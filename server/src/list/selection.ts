import type {
  FieldNode,
  FragmentDefinitionNode,
  GraphQLResolveInfo,
  SelectionSetNode,
} from "graphql";

/**
 * The fields a query selects on one object, by field name (aliases and repeated fields
 * merge), each with the selections below it. @include/@skip are ignored: reading a column
 * the client then skips costs nothing worth the complexity.
 */
export type Selection = Map<string, FieldNode[]>;

type Fragments = Record<string, FragmentDefinitionNode>;

function collect(set: SelectionSetNode | undefined, fragments: Fragments, into: Selection): void {
  for (const node of set?.selections ?? []) {
    if (node.kind === "Field") {
      const list = into.get(node.name.value);
      if (list) list.push(node);
      else into.set(node.name.value, [node]);
    } else if (node.kind === "InlineFragment") {
      collect(node.selectionSet, fragments, into);
    } else {
      collect(fragments[node.name.value]?.selectionSet, fragments, into);
    }
  }
}

/** What the resolved field's own selection set asks of its (list) type. */
export function selectionOf(info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">): Selection {
  const selection: Selection = new Map();
  for (const node of info.fieldNodes) collect(node.selectionSet, info.fragments, selection);
  return selection;
}

/** What `nodes` (one field, possibly repeated) select below themselves. */
export function subSelection(nodes: readonly FieldNode[], fragments: Fragments): Selection {
  const selection: Selection = new Map();
  for (const node of nodes) collect(node.selectionSet, fragments, selection);
  return selection;
}
