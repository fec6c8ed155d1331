import OpenInNewIcon from "@mui/icons-material/OpenInNew";
import { Button } from "@mui/material";
import { useTranslate } from "react-admin";
import type { Report } from "../types";
import { previewUrl, publicPdfUrl, publicReportUrl } from "./exportUrls";
import { useMunicipalityCode } from "./useMunicipalityCode";

/** The report as the official form: the signed-in preview, and the public page and PDF once published. */
export function PublicationLinks({ report }: { report: Report }) {
  const translate = useTranslate();
  const published = report.status === "PUBLISHED";
  const code = useMunicipalityCode(published ? report.municipalityId : null);
  const link = (href: string, label: string) => (
    <Button component="a" href={href} target="_blank" rel="noopener" endIcon={<OpenInNewIcon />}>
      {translate(label)}
    </Button>
  );
  return (
    <>
      {link(previewUrl(report.id), "sosei.exports.preview")}
      {published &&
        code &&
        link(
          publicReportUrl(code, report.fiscalYear, report.projectId),
          "sosei.exports.publicPage",
        )}
      {published &&
        code &&
        link(publicPdfUrl(code, report.fiscalYear, report.projectId), "sosei.exports.publicPdf")}
    </>
  );
}
