import { useQueryClient } from "@tanstack/react-query";
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import type { Report } from "../../types";
import { historyKey, wholeReportKey } from "../reportQueries";

interface ReportEditorValue {
  /** The report as last read or saved: what every section's next save starts from. */
  report: Report;
  setReport(report: Report): void;
}

const ReportEditorContext = createContext<ReportEditorValue | null>(null);

/**
 * One report shared by the sections of the editor (and the review page): each save answers
 * with the whole report and its new version, which the other sections then build on.
 */
export function ReportEditorProvider({
  initial,
  children,
}: {
  initial: Report;
  children: ReactNode;
}) {
  const [report, setState] = useState(initial);
  const queryClient = useQueryClient();
  const setReport = useCallback(
    (next: Report) => {
      setState(next);
      // Lists, the cached copy of this report and its history follow.
      queryClient.setQueryData(wholeReportKey(String(next.id)), next);
      void queryClient.invalidateQueries({ queryKey: ["reports", "getList"] });
      void queryClient.invalidateQueries({ queryKey: historyKey(String(next.id)) });
    },
    [queryClient],
  );
  const value = useMemo(() => ({ report, setReport }), [report, setReport]);
  return <ReportEditorContext.Provider value={value}>{children}</ReportEditorContext.Provider>;
}

export function useReportEditor(): ReportEditorValue {
  const value = useContext(ReportEditorContext);
  if (!value) throw new Error("useReportEditor outside ReportEditorProvider");
  return value;
}

/** Whether the signed-in user may do `operation` to the report now (the server's own answer). */
export function useAllowed(operation: Report["allowedOperations"][number]): boolean {
  return useReportEditor().report.allowedOperations.includes(operation);
}
