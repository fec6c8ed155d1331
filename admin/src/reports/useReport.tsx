import type { ReactNode } from "react";
import { Loading, useGetOne } from "react-admin";
import { useParams } from "react-router-dom";
import type { Report } from "../types";
import { ReportEditorProvider, WHOLE_REPORT } from "./editor/ReportEditorContext";

/** The report of the route (/reports/:id), read whole, shared by what the page shows. */
export function WithReport({ children }: { children: ReactNode }) {
  const { id } = useParams<{ id: string }>();
  const { data, isPending, error } = useGetOne<Report>(
    "reports",
    // Its own cache entry: react-admin caches a list's rows as getOne results, and a row of
    // the report list carries only the columns of the list.
    { id: id!, meta: WHOLE_REPORT },
    // Someone else's save shows as a conflict on the next save, not by replacing the page.
    { refetchOnWindowFocus: false },
  );
  if (isPending) return <Loading />;
  if (error || !data) return null; // react-admin shows the error notification
  return (
    <ReportEditorProvider key={data.id} initial={data}>
      {children}
    </ReportEditorProvider>
  );
}
