import { useQuery } from "@tanstack/react-query";
import { useDataProvider, useGetIdentity } from "react-admin";
import type { SoseiDataProvider } from "../providers/dataProvider";

const CURRENT = `query CurrentYear($municipalityId: [ID!]) {
  years: allFiscalYears(perPage: 100, sortField: "year", sortOrder: "DESC", filter: { isOpen: true }) { year }
  latest: allReports(perPage: 1, sortField: "fiscalYear", sortOrder: "DESC", filter: { municipalityId: $municipalityId }) { fiscalYear }
}`;

/**
 * The fiscal year people are working on: the newest year open for entry that is not newer
 * than the user's newest report (a year opened ahead stays empty until its reports come);
 * without reports, the newest open year.
 */
export function useCurrentFiscalYear(): { year: number | undefined; isPending: boolean } {
  const dataProvider = useDataProvider<SoseiDataProvider>();
  const { identity, isPending: identityPending } = useGetIdentity();
  const municipalityId = identity?.municipalityId ?? null;
  const { data, isPending } = useQuery({
    queryKey: ["sosei", "currentFiscalYear", municipalityId],
    enabled: !identityPending,
    staleTime: 5 * 60_000,
    queryFn: async () => {
      const answer = await dataProvider.query<{
        years: { year: number }[];
        latest: { fiscalYear: number }[];
      }>(CURRENT, { municipalityId: municipalityId === null ? null : [municipalityId] });
      const open = answer.years.map((y) => y.year);
      const latest = answer.latest[0]?.fiscalYear;
      return open.find((year) => latest === undefined || year <= latest) ?? open[0] ?? null;
    },
  });
  return { year: data ?? undefined, isPending: identityPending || isPending };
}
