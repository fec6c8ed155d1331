import DataLoader from "dataloader";

/**
 * A batched loader of a to-many relation: one fetch for every parent of the tick, its rows
 * grouped by the parent they name, each parent's in the order fetched. `itemOf` turns a row
 * into what the loader gives (null: left out); by default the row itself.
 */
export function loaderByParent<R, T = R>(
  fetch: (parents: number[]) => Promise<R[]>,
  parentOf: (row: R) => number,
  itemOf: (row: R) => T | null = (row) => row as unknown as T,
): DataLoader<number, T[]> {
  return new DataLoader<number, T[]>(async (parents) => {
    const groups = new Map<number, T[]>(parents.map((key) => [key, []]));
    for (const row of await fetch([...parents])) {
      const item = itemOf(row);
      if (item !== null) groups.get(parentOf(row))?.push(item);
    }
    return parents.map((key) => groups.get(key)!);
  });
}
