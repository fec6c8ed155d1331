import type { Role } from "../../server/src/auth/roles";
import type { PrismaClient } from "../../server/src/db/database";
import type { Client, GraphQLResult } from "../helpers/api";
import type { MatrixActor, MatrixReport, MatrixStatus, Town } from "./matrix-setup";

/**
 * The permission matrix as the domain states it (written out here, not read from the
 * server's permissions.ts), and every operation with its request and its effect.
 */
type Rule =
  | { kind: "read" }
  | { kind: "history" }
  | { kind: "report"; roles: readonly Role[]; statuses: readonly MatrixStatus[] };

const EDITABLE: readonly MatrixStatus[] = ["DRAFT", "RETURNED"];
export const finance: Rule = { kind: "report", roles: ["FINANCE"], statuses: EDITABLE };
export const manager = (...statuses: MatrixStatus[]): Rule => ({
  kind: "report",
  roles: ["MANAGER"],
  statuses,
});

/** "OK", or the exact code of the denial. */
export function expectedOutcome(
  actor: MatrixActor,
  rule: Rule,
  status: MatrixStatus,
  town: Town,
): string {
  const inScope = actor.home === "ALL" || actor.home === town;
  if (rule.kind === "read") return status === "PUBLISHED" || inScope ? "OK" : "NOT_FOUND";
  if (!actor.role) return "UNAUTHENTICATED";
  if (rule.kind === "history") return inScope ? "OK" : "NOT_FOUND";
  // Another municipality's report: unseen unless published, never to be changed.
  if (!inScope) return status === "PUBLISHED" ? "FORBIDDEN" : "NOT_FOUND";
  if (!rule.roles.includes(actor.role)) return "FORBIDDEN";
  return rule.statuses.includes(status) ? "OK" : "CONFLICT";
}

export interface Cell {
  report: MatrixReport;
  /** Unique text written by this cell. */
  tag: string;
  actorId: number | null;
}

export interface MatrixOperation {
  name: string;
  rule: Rule;
  /** Whether an allowed call writes (and so adds to the history). */
  writes: boolean;
  call(client: Client, cell: Cell): Promise<GraphQLResult>;
  /** What is wrong with the effect of an allowed call; [] when it did what it should. */
  effect(prisma: PrismaClient, cell: Cell, result: GraphQLResult): Promise<string[]>;
}

/** JSON with sorted keys and BigInts as "1000n": fetch's objects come from another realm. */
export const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === "bigint") return `${v}n`;
    if (v && typeof v === "object" && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)));
    }
    return v;
  });

export const same = (what: string, actual: unknown, expected: unknown): string[] =>
  canonical(actual) === canonical(expected)
    ? []
    : [`${what}: got ${canonical(actual)}, want ${canonical(expected)}`];

export const stateOf = (prisma: PrismaClient, id: number) =>
  prisma.report.findUnique({ where: { id }, select: { status: true, version: true } });

/** The report moved to `status` with its version up by one. */
export const movedTo =
  (status: MatrixStatus) =>
  async (prisma: PrismaClient, { report }: Cell): Promise<string[]> =>
    same("report", await stateOf(prisma, report.id), { status, version: 2 });

/** A part written: the part as read by `read`, and the report's version up by one. */
const partWritten =
  (read: (prisma: PrismaClient, cell: Cell) => Promise<unknown>, want: (cell: Cell) => unknown) =>
  async (prisma: PrismaClient, cell: Cell): Promise<string[]> => [
    ...same("part", await read(prisma, cell), want(cell)),
    ...same("report", await stateOf(prisma, cell.report.id), {
      status: cell.report.status,
      version: 2,
    }),
  ];

export const comments = (prisma: PrismaClient, { report }: Cell) =>
  prisma.reviewComment.findMany({
    where: { reportId: report.id },
    select: { kind: true, body: true, authorId: true },
  });

export const move = (mutation: string) => ({
  writes: true,
  call: (client: Client, { report }: Cell) =>
    client.query(`mutation($id: ID!) { ${mutation}(id: $id, version: 1) { id status version } }`, {
      id: report.id,
    }),
});

/** Reading a report and writing its parts. */
export const EDIT_OPERATIONS: readonly MatrixOperation[] = [
  {
    name: "Report(id)",
    rule: { kind: "read" },
    writes: false,
    call: (client, { report }) =>
      client.query(`query($id: ID!) { Report(id: $id) { id status version } }`, { id: report.id }),
    effect: async (_, { report }, result) =>
      same("Report", result.data?.Report, {
        id: String(report.id),
        status: report.status,
        version: 1,
      }),
  },
  {
    name: "updateReport",
    rule: finance,
    writes: true,
    call: (client, { report, tag }) =>
      client.query(
        `mutation($id: ID!, $d: String) { updateReport(id: $id, version: 1, department: $d, overview: $d) { id } }`,
        { id: report.id, d: tag },
      ),
    effect: partWritten(
      (prisma, { report }) =>
        prisma.report.findUnique({
          where: { id: report.id },
          select: { department: true, overview: true },
        }),
      ({ tag }) => ({ department: tag, overview: tag }),
    ),
  },
  {
    name: "saveReportPrograms",
    rule: finance,
    writes: true,
    call: (client, { report, tag }) =>
      client.query(
        `mutation($id: ID!, $p: [BudgetProgramInput!]!) { saveReportPrograms(reportId: $id, version: 1, programs: $p) { id } }`,
        { id: report.id, p: [{ name: tag, budget: 1000, expectedGrant: 500 }] },
      ),
    effect: partWritten(
      (prisma, { report }) =>
        prisma.budgetProgram.findMany({
          where: { reportId: report.id },
          select: { position: true, name: true, budget: true, expectedGrant: true },
        }),
      ({ tag }) => [{ position: 1, name: tag, budget: 1000n, expectedGrant: 500n }],
    ),
  },
  {
    name: "saveReportKpiValues",
    rule: finance,
    writes: true,
    call: (client, { report }) =>
      client.query(
        `mutation($id: ID!, $v: [KpiValueInput!]!) { saveReportKpiValues(reportId: $id, version: 1, values: $v) { id } }`,
        { id: report.id, v: [{ kpiId: report.kpiId, value: "12.5" }] },
      ),
    effect: partWritten(
      async (prisma, { report }) =>
        (await prisma.kpiValue.findMany({ where: { reportId: report.id } })).map((v) => ({
          kpiId: v.kpiId,
          value: v.value?.toString(),
        })),
      ({ report }) => [{ kpiId: report.kpiId, value: "12.5" }],
    ),
  },
  {
    name: "updateFuturePolicy",
    rule: finance,
    writes: true,
    call: (client, { report, tag }) =>
      client.query(
        `mutation($id: ID!, $r: String) { updateFuturePolicy(reportId: $id, version: 1, reason: $r) { futurePolicy { reason } } }`,
        { id: report.id, r: tag },
      ),
    effect: partWritten(
      (prisma, { report }) =>
        prisma.futurePolicy.findMany({ where: { reportId: report.id }, select: { reason: true } }),
      ({ tag }) => [{ reason: tag }],
    ),
  },
  {
    name: "updateEvaluation",
    rule: { kind: "report", roles: ["EVALUATOR"], statuses: ["DRAFT", "RETURNED", "IN_REVIEW"] },
    writes: true,
    call: (client, { report, tag }) =>
      client.query(
        `mutation($id: ID!, $o: String) { updateEvaluation(reportId: $id, version: 1, opinion: $o) { evaluation { opinion } } }`,
        { id: report.id, o: tag },
      ),
    effect: partWritten(
      (prisma, { report }) =>
        prisma.evaluation.findMany({ where: { reportId: report.id }, select: { opinion: true } }),
      ({ tag }) => [{ opinion: tag }],
    ),
  },
];
