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

/** What the dashboard's per-year figures are of: a fiscal year, and one municipality or all. */
export interface DashboardScope {
  year: number;
  municipalityId: string | null;
}

/** The list filter's variables for a scope (keys are lists in the API's convention). */
export const scopeVariables = ({ year, municipalityId }: DashboardScope) => ({
  year: [String(year)],
  municipalityId: municipalityId ? [municipalityId] : null,
});
