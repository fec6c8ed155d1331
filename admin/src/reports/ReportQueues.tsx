import { List, Title, useGetIdentity, useTranslate } from "react-admin";
import type { ReportStatus } from "@sosei/server/workflow/report-status";
import { ReportColumns } from "./ReportList";

function Queue({
  title,
  status,
  withOpinion = false,
}: {
  title: string;
  status: ReportStatus[];
  withOpinion?: boolean;
}) {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const own = identity?.municipalityId ? { municipalityId: [identity.municipalityId] } : {};
  return (
    <List
      perPage={25}
      resource="reports"
      storeKey={`queue.${title}`}
      disableSyncWithLocation
      filter={{ status, ...own }}
      sort={{ field: "updatedAt", order: "ASC" }}
      exporter={false}
      title={<Title title={translate(title)} />}
    >
      <ReportColumns withOpinion={withOpinion} />
    </List>
  );
}

/** Managers: reports submitted for review, and approved ones waiting to be published. */
export function ReviewQueue() {
  return <Queue title="sosei.menu.review" status={["IN_REVIEW", "APPROVED"]} />;
}

/** Evaluators: reports whose expert opinion can still be recorded. */
export function EvaluationQueue() {
  return (
    <Queue title="sosei.menu.evaluations" status={["DRAFT", "RETURNED", "IN_REVIEW"]} withOpinion />
  );
}
