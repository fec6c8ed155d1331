import { queryOptions } from "@tanstack/react-query";
import type { SoseiDataProvider } from "../providers/dataProvider";
import type { Report } from "../types";

/** Read whole (the editor's own request), not as a row of a list. */
export const WHOLE_REPORT = { whole: true };

/**
 * How long a read made for a page (the report, its history) counts as fresh: what was asked for
 * while the page was drawn is not asked for again when its parts mount. Saves update the cache.
 */
const PAGE_READ_FRESH_MS = 5_000;

/**
 * The cache entry of a whole report: react-admin's getOne key with WHOLE_REPORT as meta (a
 * list's rows are cached as getOne results without meta and carry only the list's columns).
 */
export const wholeReportKey = (id: string) => ["reports", "getOne", { id, meta: WHOLE_REPORT }];

export const wholeReportQuery = (dataProvider: SoseiDataProvider, id: string) =>
  queryOptions({
    queryKey: wholeReportKey(id),
    queryFn: () =>
      dataProvider.getOne<Report>("reports", { id, meta: WHOLE_REPORT }).then((r) => r.data),
    staleTime: PAGE_READ_FRESH_MS,
  });

/** The cache key of a report's history; a save of the report invalidates it. */
export const historyKey = (reportId: string) => ["sosei", "reportHistory", reportId];

export const historyQuery = (dataProvider: SoseiDataProvider, reportId: string) =>
  queryOptions({
    queryKey: historyKey(reportId),
    queryFn: () => dataProvider.reportHistory(reportId),
    staleTime: PAGE_READ_FRESH_MS,
  });
