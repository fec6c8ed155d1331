import type { Actor } from "../../server/src/auth/permissions";
import { readableReportsWhere } from "../../server/src/auth/report-visibility";
import type { Client } from "../helpers/api";
import { backends } from "../helpers/databases";
import { openMatrixApi, type MatrixApi } from "./matrix-api";
import {
  MATRIX_ACTORS,
  MATRIX_PASSWORD,
  MATRIX_STATUSES,
  OPEN_YEAR,
  TOWNS,
  createCellReport,
  prepareMatrix,
  type MatrixActor,
  type MatrixFixture,
  type MatrixReport,
} from "./matrix-setup";

/**
 * Who reads what hangs off a report (issue 17 #1): for every actor × a report of each status
 * in 旭川市 (A) and 札幌市 (B), the list, the count, `ids` and the by-id read of reports and
 * programs, the KPI values, evaluation and policy under a report, its comments and its history
 * agree with the permission table below, written independently of the server's code:
 * a report and its parts are readable when PUBLISHED or of the actor's own town (an
 * administrator of all: every town); comments and history only to signed-in users of its town.
 */
const readable = (actor: MatrixActor, r: MatrixReport) =>
  r.status === "PUBLISHED" || actor.home === "ALL" || actor.home === r.town;
const internal = (actor: MatrixActor, r: MatrixReport) =>
  actor.home === "ALL" || actor.home === r.town;

const sorted = (ids: unknown[]) => ids.map(Number).sort((a, b) => a - b);

const PARTS = `id kpis { kpiId value { id } } evaluation { id } futurePolicy { id } comments { id }`;

describe.each(backends().map((b) => [b.name, b] as const))(
  "report visibility on %s",
  (_, backend) => {
    let api: MatrixApi;
    let fixture: MatrixFixture;
    const reports: MatrixReport[] = [];
    /** The program of each report (one each). */
    const programOf = new Map<number, number>();
    const clients = new Map<string, Client>();

    beforeAll(async () => {
      api = await openMatrixApi(backend, async (prisma) => {
        fixture = await prepareMatrix(prisma);
        for (const town of TOWNS) {
          for (const status of MATRIX_STATUSES) {
            const report = await createCellReport(prisma, fixture, town, status);
            reports.push(report);
            const program = await prisma.budgetProgram.create({
              data: {
                reportId: report.id,
                position: 1,
                name: `試験プログラム ${town} ${status}`,
                budget: 1000n,
                expectedGrant: 500n,
              },
            });
            programOf.set(report.id, program.id);
            await prisma.evaluation.create({ data: { reportId: report.id, opinion: "意見" } });
            await prisma.futurePolicy.create({ data: { reportId: report.id, reason: "理由" } });
            await prisma.reviewComment.create({
              data: {
                reportId: report.id,
                authorId: fixture.userId.get(`matrix-${town.toLowerCase()}-manager`)!,
                body: "内部の講評",
              },
            });
            await prisma.auditLog.create({
              data: {
                entity: "Report",
                entityId: String(report.id),
                action: "update",
                reportId: report.id,
                changes: {},
              },
            });
          }
        }
      });
      for (const actor of MATRIX_ACTORS) {
        clients.set(
          actor.name,
          actor.loginId ? await api.login(actor.loginId, MATRIX_PASSWORD) : api.anonymous,
        );
      }
    });
    afterAll(() => api.close());

    const reportIds = () => reports.map((r) => r.id);
    const programIds = () => reports.map((r) => programOf.get(r.id)!);

    describe.each(MATRIX_ACTORS.map((a) => [a.name, a] as const))("%s", (_name, actor) => {
      const client = () => clients.get(actor.name)!;
      const expectedReports = () =>
        sorted(reports.filter((r) => readable(actor, r)).map((r) => r.id));
      const expectedPrograms = () =>
        sorted(reports.filter((r) => readable(actor, r)).map((r) => programOf.get(r.id)!));

      test("reports: list, count, ids and by-id agree with the table", async () => {
        const { data, errors } = await client().query(
          `query($year: [ID!], $ids: [ID!]) {
             byYear: allReports(filter: {fiscalYear: $year}, perPage: 100) { ${PARTS} }
             yearCount: _allReportsMeta(filter: {fiscalYear: $year}) { count }
             byIds: allReports(filter: {ids: $ids}, perPage: 100) { id }
             idsCount: _allReportsMeta(filter: {ids: $ids}) { count }
             searched: allReports(filter: {ids: $ids, q: "権限試験"}, perPage: 100) { id }
           }`,
          { year: [OPEN_YEAR], ids: reportIds() },
        );
        expect(errors).toBeUndefined();
        const expected = expectedReports();
        expect(sorted(data.byYear.map((r: { id: string }) => r.id))).toEqual(expected);
        expect(data.yearCount.count).toBe(expected.length);
        expect(sorted(data.byIds.map((r: { id: string }) => r.id))).toEqual(expected);
        expect(data.idsCount.count).toBe(expected.length);
        expect(sorted(data.searched.map((r: { id: string }) => r.id))).toEqual(expected);
        // Parts in the list: the KPI values, evaluation and policy come with the report; the
        // comments only for the report's own town.
        for (const row of data.byYear) {
          const report = reports.find((r) => r.id === Number(row.id))!;
          expect(row.kpis).toHaveLength(1);
          expect(row.evaluation).not.toBeNull();
          expect(row.futurePolicy).not.toBeNull();
          expect(row.comments).toHaveLength(internal(actor, report) ? 1 : 0);
        }
      });

      test("reports: by-id read and history of each report", async () => {
        for (const report of reports) {
          const one = await client().query(`query($id: ID!) { Report(id: $id) { ${PARTS} } }`, {
            id: report.id,
          });
          const cell = `${report.town} ${report.status}`;
          if (readable(actor, report)) {
            expect([cell, one.errors]).toEqual([cell, undefined]);
            expect(one.data!.Report.comments).toHaveLength(internal(actor, report) ? 1 : 0);
          } else {
            expect([cell, one.errors?.[0]?.extensions.code]).toEqual([cell, "NOT_FOUND"]);
          }
          const history = await client().query(
            `query($id: ID!) { reportHistory(reportId: $id) { id } }`,
            { id: report.id },
          );
          const expectedCode = !actor.loginId
            ? "UNAUTHENTICATED"
            : internal(actor, report)
              ? "OK"
              : "NOT_FOUND";
          expect([cell, history.errors?.[0]?.extensions.code ?? "OK"]).toEqual([
            cell,
            expectedCode,
          ]);
          if (expectedCode === "OK") expect(history.data!.reportHistory.length).toBeGreaterThan(0);
        }
      });

      test("programs: list by report, count, ids, search and by-id agree with the table", async () => {
        const { data, errors } = await client().query(
          `query($reports: [ID!], $ids: [ID!]) {
             byReport: allBudgetPrograms(filter: {reportId: $reports}, perPage: 100) { id }
             byReportCount: _allBudgetProgramsMeta(filter: {reportId: $reports}) { count }
             byIds: allBudgetPrograms(filter: {ids: $ids}, perPage: 100) { id }
             idsCount: _allBudgetProgramsMeta(filter: {ids: $ids}) { count }
             searched: allBudgetPrograms(filter: {ids: $ids, q: "試験"}, perPage: 100) { id }
           }`,
          { reports: reportIds(), ids: programIds() },
        );
        expect(errors).toBeUndefined();
        const expected = expectedPrograms();
        expect(sorted(data.byReport.map((p: { id: string }) => p.id))).toEqual(expected);
        expect(data.byReportCount.count).toBe(expected.length);
        expect(sorted(data.byIds.map((p: { id: string }) => p.id))).toEqual(expected);
        expect(data.idsCount.count).toBe(expected.length);
        expect(sorted(data.searched.map((p: { id: string }) => p.id))).toEqual(expected);
        for (const report of reports) {
          const one = await client().query(`query($id: ID!) { BudgetProgram(id: $id) { id } }`, {
            id: programOf.get(report.id),
          });
          const cell = `${report.town} ${report.status}`;
          expect([cell, one.errors?.[0]?.extensions.code ?? "OK"]).toEqual([
            cell,
            readable(actor, report) ? "OK" : "NOT_FOUND",
          ]);
        }
      });

      test("the Prisma form of the rule reads the same reports", async () => {
        const asActor: Actor | null = actor.loginId
          ? {
              id: fixture.userId.get(actor.loginId)!,
              roles: [actor.role!],
              municipalityId: actor.home === "ALL" ? null : fixture.municipalityId[actor.home!],
            }
          : null;
        const rows = await api.prisma.report.findMany({
          where: { fiscalYear: OPEN_YEAR, ...readableReportsWhere(asActor) },
          select: { id: true },
        });
        expect(sorted(rows.map((r) => r.id))).toEqual(expectedReports());
      });
    });
  },
);
