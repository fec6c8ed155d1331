import type { Client, GraphQLResult } from "../helpers/api";
import { backends } from "../helpers/databases";
import { openMatrixApi, outcomeOf, type MatrixApi } from "./matrix-api";
import { expectedMasterOutcome, masterOperations } from "./matrix-master";
import {
  CLOSED_YEAR,
  MATRIX_ACTORS,
  MATRIX_PASSWORD,
  MATRIX_STATUSES,
  OPEN_YEAR,
  TOWNS,
  createCellReport,
  prepareMatrix,
  snapshot,
  type MatrixActor,
  type MatrixFixture,
  type MatrixReport,
  type MatrixStatus,
  type Town,
} from "./matrix-setup";
import { canonical, expectedOutcome, type MatrixOperation } from "./matrix-table";
import { MATRIX_OPERATIONS } from "./matrix-workflow-ops";

/**
 * The whole permission matrix over HTTP: every actor (anonymous, each role of 旭川市 (A) and
 * of 札幌市 (B), an administrator of all) × every operation × every status × a report of
 * A and of B. Each cell gets a fresh report made directly in the database; an allowed call
 * must have its effect, written under the actor's name in the history, and a denial must
 * carry the exact code and write nothing (version, status and AuditLog count unchanged).
 */
describe.each(backends().map((b) => [b.name, b] as const))(
  "permission matrix on %s",
  (_, backend) => {
    let api: MatrixApi;
    let fixture: MatrixFixture;
    const clients = new Map<string, Client>();

    beforeAll(async () => {
      api = await openMatrixApi(backend, async (prisma) => {
        fixture = await prepareMatrix(prisma);
      });
      for (const actor of MATRIX_ACTORS) {
        clients.set(
          actor.name,
          actor.loginId ? await api.login(actor.loginId, MATRIX_PASSWORD) : api.anonymous,
        );
      }
    });
    afterAll(() => api.close());

    const actorNamed = (name: string) => MATRIX_ACTORS.find((a) => a.name === name)!;
    const idOf = (actor: MatrixActor) =>
      actor.loginId ? fixture.userId.get(actor.loginId)! : null;

    /** Calls as `actor`; a denial must answer no data and leave `reportId` and the history as they were. */
    async function attempt(
      actor: MatrixActor,
      reportId: number | null,
      call: (client: Client) => Promise<GraphQLResult>,
    ) {
      const before = await snapshot(api.prisma, reportId ?? 0);
      const result = await call(clients.get(actor.name)!);
      const outcome = outcomeOf(result);
      const problems: string[] = [];
      if (outcome !== "OK") {
        if (result.data && Object.values(result.data).some((v) => v !== null)) {
          problems.push(`denied but answered ${JSON.stringify(result.data)}`);
        }
        const after = await snapshot(api.prisma, reportId ?? 0);
        if (canonical(after) !== canonical(before)) {
          problems.push(`denied but wrote: ${canonical(before)} → ${canonical(after)}`);
        }
      }
      return { result, outcome, problems, before };
    }

    /** One cell: outcome code, and what is wrong with its effect or its "nothing written". */
    async function runCell(
      actor: MatrixActor,
      op: MatrixOperation,
      report: MatrixReport,
      key: string,
    ) {
      const cell = { report, tag: `${actor.name} ${op.name} ${key}`, actorId: idOf(actor) };
      const { result, outcome, problems, before } = await attempt(actor, report.id, (client) =>
        op.call(client, cell),
      );
      if (outcome === "OK") {
        problems.push(...(await op.effect(api.prisma, cell, result)));
        const written = await api.prisma.auditLog.findMany({
          where: { id: { gt: before.lastAuditId } },
          select: { actorId: true },
        });
        if (op.writes && written.length === 0) problems.push("no history written");
        if (!op.writes && written.length > 0) problems.push("a read wrote history");
        if (written.some((row) => row.actorId !== cell.actorId)) {
          problems.push(`history actors ${JSON.stringify(written)}, want ${cell.actorId}`);
        }
      }
      return { result, outcome, problems: problems.map((p) => `${key}: ${p}`) };
    }

    describe.each(MATRIX_ACTORS.map((a) => [a.name, a] as const))("%s", (_, actor) => {
      it.each(MATRIX_OPERATIONS.map((op) => [op.name, op] as const))(
        "%s in every status, on a report of A and of B",
        async (_, op) => {
          const expected: Record<string, string> = {};
          const actual: Record<string, string> = {};
          const problems: string[] = [];
          for (const town of TOWNS) {
            for (const status of MATRIX_STATUSES) {
              const key = `${status} of ${town}`;
              expected[key] = expectedOutcome(actor, op.rule, status, town);
              const report = await createCellReport(api.prisma, fixture, town, status);
              const cell = await runCell(actor, op, report, key);
              actual[key] = cell.outcome;
              problems.push(...cell.problems);
            }
          }
          expect(actual).toEqual(expected);
          expect(problems).toEqual([]);
        },
      );
    });

    const FINANCE_WRITES = [
      "updateReport",
      "saveReportPrograms",
      "saveReportKpiValues",
      "updateFuturePolicy",
      "submitReport",
    ];
    it.each(FINANCE_WRITES)("%s of a report in a closed fiscal year is refused", async (name) => {
      const op = MATRIX_OPERATIONS.find((o) => o.name === name)!;
      const report = await createCellReport(api.prisma, fixture, "A", "DRAFT", CLOSED_YEAR);
      const cell = await runCell(actorNamed("FINANCE of A"), op, report, "closed year");
      expect(cell.outcome).toBe("BAD_USER_INPUT");
      expect(cell.result.errors![0]!.extensions.messageEn).toBe(
        `fiscal year ${CLOSED_YEAR} (R13年度) is closed for entry`,
      );
      expect(cell.problems).toEqual([]);
    });

    /** A role named in the request is not part of the schema: refused before anything runs. */
    const CLAIMS: [string, MatrixStatus, string, Record<string, unknown>][] = [
      [
        "EVALUATOR of A",
        "DRAFT",
        `updateReport(id: $id, version: 1, department: "x", role: FINANCE)`,
        {},
      ],
      ["EVALUATOR of A", "IN_REVIEW", `approveReport(id: $id, version: 1, role: MANAGER)`, {}],
      [
        "MANAGER of A",
        "DRAFT",
        `deleteReport(id: $id, version: 1, roles: $roles)`,
        { roles: ["ADMIN"] },
      ],
      ["FINANCE of A", "APPROVED", `publishReport(id: $id, version: 1, roles: [MANAGER])`, {}],
    ];
    it.each(CLAIMS)(
      "%s claiming a role on a %s report: %s is a validation error",
      async (name, status, field, vars) => {
        const report = await createCellReport(api.prisma, fixture, "A", status);
        const roles = "roles" in vars ? ", $roles: [Role!]" : "";
        const { result, outcome, problems } = await attempt(actorNamed(name), report.id, (client) =>
          client.query(`mutation($id: ID!${roles}) { ${field} { id } }`, {
            id: report.id,
            ...vars,
          }),
        );
        expect([result.status, outcome]).toEqual([400, "GRAPHQL_VALIDATION_FAILED"]);
        expect(problems).toEqual([]);
      },
    );

    it("a declared roles variable the operation does not take is a validation error", async () => {
      const report = await createCellReport(api.prisma, fixture, "A", "IN_REVIEW");
      const { result, outcome, problems } = await attempt(
        actorNamed("FINANCE of A"),
        report.id,
        (c) =>
          c.query(
            `mutation($id: ID!, $roles: [Role!]) { approveReport(id: $id, version: 1) { id } }`,
            {
              id: report.id,
              roles: ["MANAGER"],
            },
          ),
      );
      expect([result.status, outcome]).toEqual([400, "GRAPHQL_VALIDATION_FAILED"]);
      expect(problems).toEqual([]);
    });

    it("an undeclared roles variable is ignored: the session's roles decide (FORBIDDEN)", async () => {
      const report = await createCellReport(api.prisma, fixture, "A", "IN_REVIEW");
      const { outcome, problems } = await attempt(actorNamed("FINANCE of A"), report.id, (c) =>
        c.query(`mutation($id: ID!) { approveReport(id: $id, version: 1) { id } }`, {
          id: report.id,
          roles: ["MANAGER"],
        }),
      );
      expect(outcome).toBe("FORBIDDEN");
      expect(problems).toEqual([]);
    });

    let tags = 0;
    const MASTER = masterOperations({} as MatrixFixture).map((op) => [op.name, op.scope] as const);
    it.each(
      MASTER.flatMap(([op, scope]) => MATRIX_ACTORS.map((a) => [op, scope, a.name] as const)),
    )("master data: %s (%s) as %s, on 旭川市's data", async (opName, scope, name) => {
      const actor = actorNamed(name);
      const op = masterOperations(fixture).find((o) => o.name === opName)!;
      const tag = `master-${backend.name}-${++tags}`;
      await op.prepare?.(api.prisma, tag);
      const { outcome, problems } = await attempt(actor, null, (client) =>
        op.call(client, api.prisma, tag, "A"),
      );
      expect(outcome).toBe(expectedMasterOutcome(actor, scope, "A"));
      if (outcome === "OK") problems.push(...(await op.effect(api.prisma, tag, "A", fixture)));
      expect(problems).toEqual([]);
    });

    /** createReport, written out: another town's project is as unknown as a missing one. */
    const expectedCreate = (actor: MatrixActor, town: Town) => {
      if (!actor.role) return "UNAUTHENTICATED";
      if (actor.home !== "ALL" && actor.home !== town) return "BAD_USER_INPUT";
      return actor.role === "FINANCE" || actor.role === "ADMIN" ? "OK" : "FORBIDDEN";
    };
    let projects = 0;
    it.each(MATRIX_ACTORS.flatMap((a) => TOWNS.map((town) => [a.name, town] as const)))(
      "createReport as %s for a project of %s",
      async (name, town) => {
        const actor = actorNamed(name);
        const project = await api.prisma.project.create({
          data: {
            municipalityId: fixture.municipalityId[town],
            grantTypeId: (await api.prisma.grantType.findFirstOrThrow()).id,
            number: 1000 + ++projects,
            name: `作成試験事業${projects}`,
          },
        });
        const { result, outcome, problems } = await attempt(actor, null, (client) =>
          client.query(
            `mutation($p: ID!) { createReport(projectId: $p, fiscalYear: ${OPEN_YEAR}) { id status version } }`,
            { p: project.id },
          ),
        );
        expect(outcome).toBe(expectedCreate(actor, town));
        if (outcome === "OK") {
          const created = await api.prisma.report.findMany({
            where: { projectId: project.id },
            select: { status: true, version: true, municipalityId: true, projectName: true },
          });
          expect(created).toEqual([
            {
              status: "DRAFT",
              version: 1,
              municipalityId: fixture.municipalityId[town],
              projectName: project.name,
            },
          ]);
          const written = await api.prisma.auditLog.findMany({
            where: {
              entity: "Report",
              action: "INSERT",
              reportId: Number((result.data!.createReport as { id: string }).id),
            },
            select: { actorId: true },
          });
          expect(written).toEqual([{ actorId: idOf(actor) }]);
        }
        expect(problems).toEqual([]);
      },
    );

    it.each([
      ["ADMIN of A", "B", "FORBIDDEN"],
      ["ADMIN of B", "A", "FORBIDDEN"],
      ["ADMIN of B", "B", "OK"],
      ["ADMIN of all", "B", "OK"],
    ] as const)("updateProject as %s on the project of %s: %s", async (name, town, code) => {
      const op = masterOperations(fixture).find((o) => o.name === "updateProject")!;
      const tag = `project-${backend.name}-${++tags}`;
      const { outcome, problems } = await attempt(actorNamed(name), null, (client) =>
        op.call(client, api.prisma, tag, town),
      );
      expect(outcome).toBe(code);
      if (outcome === "OK") problems.push(...(await op.effect(api.prisma, tag, town, fixture)));
      expect(problems).toEqual([]);
    });
  },
);
