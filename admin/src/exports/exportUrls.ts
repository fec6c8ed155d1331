/** The server's download URLs (server/src/http/routes/export.ts), on the admin's origin. */
export const EXPORT_TABLES = ["reports", "programs", "kpis"] as const;

export function exportUrl(
  year: number,
  format: (typeof EXPORT_TABLES)[number] | "xlsx",
  municipality?: string,
): string {
  const query = municipality ? `?municipality=${municipality}` : "";
  return format === "xlsx"
    ? `/api/exports/${year}.xlsx${query}`
    : `/api/exports/${year}/${format}.csv${query}`;
}

/** The form of a report as a signed-in user previews it (any status they may read). */
export const previewUrl = (reportId: string) => `/preview/reports/${reportId}`;

/** The public page of a published report. */
export const publicReportUrl = (municipality: string, year: number, projectId: string) =>
  `/public/municipalities/${municipality}/${year}/${projectId}/`;

/** Its PDF as the public site keeps it (made on publication). */
export const publicPdfUrl = (municipality: string, year: number, projectId: string) =>
  `/public/municipalities/${municipality}/${year}/${projectId}.pdf`;
