import { Box } from "@mui/material";
import { usePrefetchQuery } from "@tanstack/react-query";
import { useDataProvider } from "react-admin";
import { useParams } from "react-router-dom";
import type { SoseiDataProvider } from "../providers/dataProvider";
import { CommentsPanel } from "./show/CommentsPanel";
import { HistoryPanel } from "./show/HistoryPanel";
import { OfficialForm } from "./show/OfficialForm";
import { ReportHeader } from "./ReportHeader";
import { historyQuery } from "./reportQueries";
import { useReportEditor } from "./editor/ReportEditorContext";
import { WithReport } from "./useReport";

function ReviewPage() {
  const { report } = useReportEditor();
  return (
    <>
      <ReportHeader view="show" />
      <Box
        sx={{
          display: "grid",
          // Beside the form only on a wide screen: at 1366 px the form's amounts need the width.
          gridTemplateColumns: { xl: "minmax(0, 2fr) minmax(0, 1fr)" },
          gap: 2,
        }}
      >
        <OfficialForm report={report} />
        <Box>
          <CommentsPanel />
          <HistoryPanel />
        </Box>
      </Box>
    </>
  );
}

/** The review page: the report as the official form lays it out, its comments and its history. */
export default function ReportShow() {
  const { id } = useParams<{ id: string }>();
  const dataProvider = useDataProvider<SoseiDataProvider>();
  // The history is asked for beside the report, not once the report is drawn.
  usePrefetchQuery(historyQuery(dataProvider, id!));
  return (
    <WithReport>
      <ReviewPage />
    </WithReport>
  );
}
