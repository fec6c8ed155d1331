import {
  EDIT_OPERATIONS,
  comments,
  finance,
  manager,
  move,
  movedTo,
  same,
  stateOf,
} from "./matrix-table";
import type { MatrixOperation } from "./matrix-table";
import { OPEN_YEAR } from "./matrix-setup";

/** The review workflow, revisions, comments, deletion and history: the rest of the matrix. */
export const MATRIX_OPERATIONS: readonly MatrixOperation[] = [
  ...EDIT_OPERATIONS,
  { name: "submitReport", rule: finance, ...move("submitReport"), effect: movedTo("IN_REVIEW") },
  {
    name: "returnReport",
    rule: manager("IN_REVIEW", "APPROVED"),
    writes: true,
    call: (client, { report, tag }) =>
      client.query(
        `mutation($id: ID!, $r: String!) { returnReport(id: $id, version: 1, reason: $r) { id } }`,
        { id: report.id, r: tag },
      ),
    effect: async (prisma, cell) => [
      ...(await movedTo("RETURNED")(prisma, cell)),
      ...same("comments", await comments(prisma, cell), [
        { kind: "RETURN_REASON", body: cell.tag, authorId: cell.actorId },
      ]),
    ],
  },
  {
    name: "approveReport",
    rule: manager("IN_REVIEW"),
    ...move("approveReport"),
    effect: movedTo("APPROVED"),
  },
  {
    name: "publishReport",
    rule: manager("APPROVED"),
    ...move("publishReport"),
    effect: async (prisma, cell) => [
      ...(await movedTo("PUBLISHED")(prisma, cell)),
      ...((await prisma.report.findUnique({ where: { id: cell.report.id } }))?.publishedAt
        ? []
        : ["publishedAt not set"]),
    ],
  },
  {
    name: "reviseReport",
    rule: { kind: "report", roles: ["FINANCE", "MANAGER"], statuses: ["PUBLISHED"] },
    writes: true,
    call: (client, { report }) =>
      client.query(`mutation($id: ID!) { reviseReport(id: $id) { id } }`, { id: report.id }),
    effect: async (prisma, { report }, result) => {
      const next = await prisma.report.findUnique({
        where: {
          projectId_fiscalYear_revision: {
            projectId: report.projectId,
            fiscalYear: OPEN_YEAR,
            revision: report.revision + 1,
          },
        },
        select: { id: true, status: true, version: true },
      });
      return [
        ...same("new revision", next && { ...next, id: String(next.id) }, {
          id: (result.data?.reviseReport as { id: string } | undefined)?.id,
          status: "DRAFT",
          version: 1,
        }),
        ...same("revised report", await stateOf(prisma, report.id), {
          status: "PUBLISHED",
          version: 1,
        }),
      ];
    },
  },
  {
    name: "addReviewComment",
    rule: manager("DRAFT", "IN_REVIEW", "RETURNED", "APPROVED"),
    writes: true,
    call: (client, { report, tag }) =>
      client.query(
        `mutation($id: ID!, $b: String!) { addReviewComment(reportId: $id, body: $b) { id } }`,
        { id: report.id, b: tag },
      ),
    effect: async (prisma, cell) => [
      ...same("comments", await comments(prisma, cell), [
        { kind: "COMMENT", body: cell.tag, authorId: cell.actorId },
      ]),
      ...same("report", await stateOf(prisma, cell.report.id), {
        status: cell.report.status,
        version: 1,
      }),
    ],
  },
  {
    name: "deleteReport",
    rule: { kind: "report", roles: ["ADMIN"], statuses: ["DRAFT"] },
    ...move("deleteReport"),
    effect: async (prisma, { report }) =>
      same("report after delete", await stateOf(prisma, report.id), null),
  },
  {
    name: "reportHistory",
    rule: { kind: "history" },
    writes: false,
    call: (client, { report }) =>
      client.query(`query($id: ID!) { reportHistory(reportId: $id) { entity action actorId } }`, {
        id: report.id,
      }),
    effect: async (_, __, result) =>
      same("history", result.data?.reportHistory, [
        { entity: "Report", action: "INSERT", actorId: null },
        { entity: "KpiValue", action: "INSERT", actorId: null },
      ]),
  },
];
