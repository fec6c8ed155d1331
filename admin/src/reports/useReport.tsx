import { usePrefetchQuery, useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Loading, useDataProvider } from "react-admin";
import { useParams } from "react-router-dom";
import type { SoseiDataProvider } from "../providers/dataProvider";
import { ReportEditorProvider } from "./editor/ReportEditorContext";
import { wholeReportQuery } from "./reportQueries";

/** The report of the route (/reports/:id), read whole, shared by what the page shows. */
export function WithReport({ children }: { children: ReactNode }) {
  const { id } = useParams<{ id: string }>();
  const query = wholeReportQuery(useDataProvider<SoseiDataProvider>(), id!);
  // Asked for while the page is drawn: a query alone starts once the page has been painted.
  usePrefetchQuery(query);
  // Someone else's save shows as a conflict on the next save, not by replacing the page.
  const { data, isPending, error } = useQuery({ ...query, refetchOnWindowFocus: false });
  if (isPending) return <Loading />;
  if (error || !data) return null; // react-admin shows the error notification
  return (
    <ReportEditorProvider key={data.id} initial={data}>
      {children}
    </ReportEditorProvider>
  );
}
