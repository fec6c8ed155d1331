import { useQuery } from "@tanstack/react-query";
import { useDataProvider } from "react-admin";
import type { SoseiDataProvider } from "../providers/dataProvider";
import { SUMMARY, type Summary } from "./dashboardData";

/** A dashboard figure: one GraphQL read, cached per year and municipality. */
export function useDashboardQuery<T>(
  name: string,
  document: string,
  variables: Record<string, unknown>,
  enabled = true,
) {
  const dataProvider = useDataProvider<SoseiDataProvider>();
  return useQuery({
    queryKey: ["sosei", "dashboard", name, variables],
    queryFn: () => dataProvider.query<T>(document, variables),
    enabled,
  });
}

/** What the dashboard's per-year figures are of: a fiscal year, and one municipality or all. */
export interface DashboardScope {
  year: number;
  municipalityId: string | null;
}

/** The scope's figures (fiscalYearSummary), read once for every card that shows them. */
export const useSummary = ({ year, municipalityId }: DashboardScope) =>
  useDashboardQuery<Summary>("summary", SUMMARY, { year, municipalityId }).data?.fiscalYearSummary;
