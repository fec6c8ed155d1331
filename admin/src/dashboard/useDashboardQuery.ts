import { useQuery } from "@tanstack/react-query";
import { useDataProvider } from "react-admin";
import type { SoseiDataProvider } from "../providers/dataProvider";

/** A dashboard figure: one GraphQL read, cached per year and municipality. */
export function useDashboardQuery<T>(
  name: string,
  document: string,
  variables: Record<string, unknown>,
) {
  const dataProvider = useDataProvider<SoseiDataProvider>();
  return useQuery({
    queryKey: ["sosei", "dashboard", name, variables],
    queryFn: () => dataProvider.query<T>(document, variables),
  });
}
