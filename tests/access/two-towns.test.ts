/**
 * Two municipalities in one installation, over HTTP as their users meet it: the demo system
 * administrator onboards 札幌市 (B) with its first users, and none of the tenancy findings of
 * issue 9 reproduces (shared data changed by a town's administrator, projects and KPIs seen
 * across towns, one person taking a report from draft to published, bad text answered as a
 * server error, a KPI deleted under published reports). Parallel logins: login-race.test.ts.
 */
import { backends } from "../helpers/databases";
import { codeOf, startServer, type Answer, type TestServer } from "./session-server";

const B_USERS = [
  { loginId: "sapporo-admin", roles: ["ADMIN"] },
  { loginId: "sapporo-finance", roles: ["FINANCE"] },
  { loginId: "sapporo-manager", roles: ["MANAGER"] },
  { loginId: "sapporo-evaluator", roles: ["EVALUATOR"] },
] as const;
const B_PASSWORD = "sapporo-password-1";

describe.each(backends().map((b) => [b.name, b] as const))("two towns on %s", (_, backend) => {
  let server: TestServer;
  const cookies = new Map<string, string>();
  let townA: string;
  let townB: string;
  let projectA: string;
  /** The seeded 旭川市 reports are published. */
  let publishedA: { id: string; projectId: string };

  const as = (loginId: string, source: string, variables?: Record<string, unknown>) =>
    server.post(source, variables, cookies.get(loginId));
  const ok = (answer: Answer) => {
    expect(answer.errors).toBeUndefined();
    return answer.data;
  };

  beforeAll(async () => {
    server = await startServer(backend);
    for (const loginId of ["system", "admin", "finance", "manager"]) {
      cookies.set(loginId, await server.login(loginId));
    }
    const a = await server.sudo.municipality.findUniqueOrThrow({ where: { code: "012041" } });
    townA = String(a.id);
    const report = await server.sudo.report.findFirstOrThrow({
      where: { municipalityId: a.id, status: "PUBLISHED" },
      orderBy: { id: "asc" },
    });
    publishedA = { id: String(report.id), projectId: String(report.projectId) };
    projectA = publishedA.projectId;
    for (const year of [2021, 2022, 2023]) {
      await server.sudo.fiscalYear.upsert({
        where: { year },
        create: { year, isOpen: true },
        update: { isOpen: true },
      });
    }
  });
  afterAll(() => server.close());

  test("the demo system administrator onboards 札幌市 and its first users; they sign in and work", async () => {
    const created = ok(
      await as(
        "system",
        `mutation { createMunicipality(code: "01100", name: "札幌市", prefecture: "北海道") { id code } }`,
      ),
    );
    // The printed 5-digit code is completed with its check digit.
    expect(created.createMunicipality.code).toBe("011002");
    townB = created.createMunicipality.id;
    for (const user of B_USERS) {
      ok(
        await as(
          "system",
          `mutation($l: String!, $r: [Role!]!, $m: ID) {
             createUser(loginId: $l, name: "札幌 利用者", email: "${user.loginId}@sapporo.invalid",
                        roles: $r, municipalityId: $m, password: "${B_PASSWORD}") { id } }`,
          { l: user.loginId, r: user.roles, m: townB },
        ),
      );
      cookies.set(user.loginId, await server.login(user.loginId, B_PASSWORD));
    }
    // B's administrator sets up a project; B's finance opens its report of the open year.
    const grantType = await server.sudo.grantType.findFirstOrThrow();
    const project = ok(
      await as(
        "sapporo-admin",
        `mutation($m: ID!, $g: ID!) { createProject(municipalityId: $m, grantTypeId: $g, number: 1,
           name: "札幌の事業", planFirstYear: 2020, planLastYear: 2022) { id municipalityId } }`,
        { m: townB, g: grantType.id },
      ),
    );
    expect(project.createProject.municipalityId).toBe(townB);
    const report = ok(
      await as(
        "sapporo-finance",
        `mutation($p: ID!) { createReport(projectId: $p, fiscalYear: 2020) { id status municipality { name } } }`,
        { p: project.createProject.id },
      ),
    );
    expect(report.createReport).toMatchObject({
      status: "DRAFT",
      municipality: { name: "札幌市" },
    });
  });

  test("a town's administrator changes nothing shared and nothing of another town", async () => {
    const before = await server.sudo.municipality.findMany({ orderBy: { id: "asc" } });
    const year = await server.sudo.fiscalYear.findUniqueOrThrow({ where: { year: 2020 } });
    const grantType = await server.sudo.grantType.findFirstOrThrow();
    const third = await server.sudo.municipality.create({
      data: { code: "472018", name: "那覇市", prefecture: "沖縄県" },
    });
    const versionOf = (id: string) => before.find((m) => String(m.id) === id)!.version;
    const attempts: [string, string, string, Record<string, unknown>][] = [
      [
        "sapporo-admin",
        "rename 旭川市",
        `mutation($id: ID!, $v: Int!) { updateMunicipality(id: $id, version: $v, name: "乗っ取り市") { id } }`,
        { id: townA, v: versionOf(townA) },
      ],
      [
        "admin",
        "rename 札幌市",
        `mutation($id: ID!, $v: Int!) { updateMunicipality(id: $id, version: $v, name: "乗っ取り市") { id } }`,
        { id: townB, v: versionOf(townB) },
      ],
      [
        "sapporo-admin",
        "delete a third town",
        `mutation($id: ID!) { deleteMunicipality(id: $id) { id } }`,
        { id: third.id },
      ],
      [
        "sapporo-admin",
        "close the year for all",
        `mutation($v: Int!) { updateFiscalYear(id: 2020, version: $v, isOpen: false) { id } }`,
        { v: year.version },
      ],
      [
        "admin",
        "rename a grant type",
        `mutation($id: ID!, $v: Int!) { updateGrantType(id: $id, version: $v, name: "改名") { id } }`,
        { id: grantType.id, v: grantType.version },
      ],
      [
        "admin",
        "create a municipality",
        `mutation { createMunicipality(code: "472026", name: "宜野湾市", prefecture: "沖縄県") { id } }`,
        {},
      ],
      [
        "admin",
        "create a category",
        `mutation { createCategory(kind: EFFECT, label: "独自区分", rank: 9) { id } }`,
        {},
      ],
      [
        "admin",
        "a user of 札幌市",
        `mutation($m: ID) { createUser(loginId: "intruder", name: "x", email: "x@x.invalid", roles: [FINANCE], municipalityId: $m, password: "intruder-password-1") { id } }`,
        { m: townB },
      ],
    ];
    for (const [who, what, source, variables] of attempts) {
      const answer = await as(who, source, variables);
      expect({
        what,
        code: codeOf(answer),
        data: answer.data && Object.values(answer.data)[0],
      }).toEqual({
        what,
        code: "FORBIDDEN",
        data: null,
      });
    }
    // FORBIDDEN says what the operation needs.
    const rename = await as("admin", attempts[4]![2], attempts[4]![3]);
    expect(rename.errors![0]!.extensions).toMatchObject({ requiredScope: "SYSTEM" });
    expect(rename.errors![0]!.message).toContain("システム管理者");
    expect(
      await server.sudo.municipality.findMany({
        where: { id: { in: before.map((m) => m.id) } },
        orderBy: { id: "asc" },
      }),
    ).toEqual(before);
    expect((await server.sudo.fiscalYear.findUniqueOrThrow({ where: { year: 2020 } })).isOpen).toBe(
      year.isOpen,
    );
    expect(
      (await server.sudo.grantType.findUniqueOrThrow({ where: { id: grantType.id } })).name,
    ).toBe(grantType.name);
    expect(await server.sudo.municipality.count({ where: { id: third.id } })).toBe(1);
    expect(await server.sudo.user.count({ where: { loginId: "intruder" } })).toBe(0);
    // The system administrator may.
    ok(
      await as("system", `mutation($id: ID!) { deleteMunicipality(id: $id) { id } }`, {
        id: third.id,
      }),
    );
  });

  test("another town's projects and KPIs are unseen; the public reads the report's own copy", async () => {
    const unpublished = await server.sudo.project.create({
      data: {
        municipalityId: Number(townA),
        grantTypeId: (await server.sudo.grantType.findFirstOrThrow()).id,
        number: 99,
        name: "未公表の事業",
        kpis: { create: { position: 1, name: "秘密の指標", target: 1, unit: "件" } },
      },
    });
    const lists = `query($m: [ID!]) {
      allProjects(filter: { municipalityId: $m }) { id }
      allKpis { id projectId }
    }`;
    const seenByB = ok(await as("sapporo-finance", lists, { m: [townA] }));
    expect(seenByB.allProjects).toEqual([]);
    const kpiProjects = seenByB.allKpis.map((k: { projectId: string }) => k.projectId);
    expect(kpiProjects).not.toContain(String(unpublished.id));
    expect(kpiProjects).not.toContain(projectA);
    const one = await as("sapporo-finance", `query($id: ID!) { Project(id: $id) { id name } }`, {
      id: unpublished.id,
    });
    expect(one.data?.Project ?? null).toBeNull();
    const seenByA = ok(await as("finance", lists, { m: [townA] }));
    expect(seenByA.allProjects.map((p: { id: string }) => p.id)).toContain(String(unpublished.id));
    // The public: the published report with its own copy of name and KPIs, never the project.
    const anonymous = await server.post(
      `query($id: ID!) { Report(id: $id) { projectName project { id name } kpis { name } } }`,
      { id: publishedA.id },
    );
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data.Report.project).toBeNull();
    expect(anonymous.data.Report.projectName).toBeTruthy();
    expect(anonymous.data.Report.kpis.length).toBeGreaterThan(0);
  });

  test("four eyes: who submitted may not approve or publish; an administrator grants itself nothing", async () => {
    const admin = await server.sudo.user.findUniqueOrThrow({ where: { loginId: "admin" } });
    const self = await as(
      "admin",
      `mutation($id: ID!, $v: Int!) { updateUser(id: $id, version: $v, roles: [ADMIN, FINANCE, MANAGER]) { id } }`,
      { id: admin.id, v: admin.version },
    );
    expect(codeOf(self)).toBe("FORBIDDEN");
    expect((await server.sudo.user.findUniqueOrThrow({ where: { id: admin.id } })).roles).toEqual([
      "ADMIN",
    ]);
    // One person with both roles, made by the town's administrator.
    ok(
      await as(
        "admin",
        `mutation($m: ID) { createUser(loginId: "asahikawa-both", name: "兼務 職員", email: "both@asahikawa.invalid",
           roles: [FINANCE, MANAGER], municipalityId: $m, password: "both-password-1") { id } }`,
        { m: townA },
      ),
    );
    cookies.set("both", await server.login("asahikawa-both", "both-password-1"));
    const report = await server.sudo.report.create({
      data: {
        projectId: Number(projectA),
        municipalityId: Number(townA),
        fiscalYear: 2021,
        revision: 1,
        projectName: "兼務試験",
      },
    });
    const move = (who: string, mutation: string, version: number) =>
      as(
        who,
        `mutation($id: ID!, $v: Int!) { ${mutation}(id: $id, version: $v) { id status version allowedOperations } }`,
        { id: report.id, v: version },
      );
    const submitted = ok(await move("both", "submitReport", 1));
    expect(submitted.submitReport.allowedOperations).not.toContain("APPROVE");
    const refused = await move("both", "approveReport", 2);
    expect(codeOf(refused)).toBe("FORBIDDEN");
    expect(refused.errors![0]!.extensions).toMatchObject({ rule: "FOUR_EYES" });
    ok(await move("manager", "approveReport", 2));
    expect(codeOf(await move("both", "publishReport", 3))).toBe("FORBIDDEN");
    // A very small town relaxes the rule; each use is on the record.
    const town = await server.sudo.municipality.findUniqueOrThrow({ where: { id: Number(townA) } });
    ok(
      await as(
        "system",
        `mutation($id: ID!, $v: Int!) { updateMunicipality(id: $id, version: $v, allowSelfApproval: true) { id } }`,
        {
          id: townA,
          v: town.version,
        },
      ),
    );
    const published = ok(await move("both", "publishReport", 3));
    expect(published.publishReport.status).toBe("PUBLISHED");
    const notes = await server.sudo.reviewComment.findMany({
      where: { reportId: report.id },
      select: { kind: true },
    });
    expect(notes).toEqual([{ kind: "SELF_APPROVAL" }]);
    await server.sudo.municipality.update({
      where: { id: Number(townA) },
      data: { allowSelfApproval: false },
    });
  });

  test("bad text is BAD_USER_INPUT on its field, in filters, sign-in and writes", async () => {
    const filter = await as(
      "finance",
      `query($q: String) { allReports(filter: { q: $q }) { id } }`,
      { q: "旭川\u0000" },
    );
    expect(codeOf(filter)).toBe("BAD_USER_INPUT");
    const login = await server.post(
      `mutation($l: String!) { login(loginId: $l, password: "x") { id } }`,
      { l: "fin\u0000ance" },
    );
    expect(codeOf(login)).toBe("BAD_USER_INPUT");
    const draft = await server.sudo.report.create({
      data: {
        projectId: Number(projectA),
        municipalityId: Number(townA),
        fiscalYear: 2023,
        revision: 1,
        projectName: "文字試験",
      },
    });
    for (const bad of ["\ud800", "a\u0007b"]) {
      const write = await as(
        "finance",
        `mutation($id: ID!, $v: Int!, $d: String) { updateReport(id: $id, version: $v, department: $d) { id } }`,
        {
          id: draft.id,
          v: draft.version,
          d: bad,
        },
      );
      expect(codeOf(write)).toBe("BAD_USER_INPUT");
    }
  });

  test("a KPI that a published report states is retired, not deleted", async () => {
    const kpi = await server.sudo.kpi.findFirstOrThrow({
      where: { projectId: Number(projectA) },
      orderBy: { position: "asc" },
    });
    const deleted = await as("admin", `mutation($id: ID!) { deleteKpi(id: $id) { id } }`, {
      id: kpi.id,
    });
    expect(codeOf(deleted)).toBe("CONFLICT");
    expect(deleted.errors![0]!.extensions).toMatchObject({ reason: "KPI_IN_PUBLISHED_REPORTS" });
    expect(await server.sudo.kpi.count({ where: { id: kpi.id } })).toBe(1);
    const retired = ok(
      await as(
        "admin",
        `mutation($id: ID!, $v: Int!) { updateKpi(id: $id, version: $v, isRetired: true) { id isRetired } }`,
        { id: kpi.id, v: kpi.version },
      ),
    );
    expect(retired.updateKpi.isRetired).toBe(true);
    // The published report still states it; a new report of the project does not.
    const stated = await server.sudo.kpiValue.count({
      where: { kpiId: kpi.id, reportId: Number(publishedA.id) },
    });
    expect(stated).toBe(1);
    const next = ok(
      await as(
        "finance",
        `mutation($p: ID!) { createReport(projectId: $p, fiscalYear: 2022) { id kpis { kpiId } } }`,
        { p: projectA },
      ),
    );
    expect(next.createReport.kpis.map((k: { kpiId: string }) => k.kpiId)).not.toContain(
      String(kpi.id),
    );
  });
});
