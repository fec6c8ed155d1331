import { SelectInput, useGetList, type SelectInputProps } from "react-admin";
import { useWatch } from "react-hook-form";
import type { Category } from "../types";

/**
 * An entry of one of the category lists (事業効果, 事業の評価, 今後の方針), ordered by rank. Entries
 * no longer offered stay visible when the report already uses them.
 */
export function CategorySelect({ kind, ...props }: SelectInputProps & { kind: Category["kind"] }) {
  const selected = useWatch({ name: props.source as string }) as unknown as
    string | null | undefined;
  const { data = [], isPending } = useGetList<Category>("categories", {
    filter: { kind: [kind] },
    sort: { field: "rank", order: "ASC" },
    pagination: { page: 1, perPage: 100 },
  });
  const choices = data.filter((c) => c.isActive || c.id === selected);
  return (
    <SelectInput
      {...props}
      choices={choices}
      optionText="text"
      isPending={isPending}
      emptyText="sosei.common.none"
      fullWidth
    />
  );
}
