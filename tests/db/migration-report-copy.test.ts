import { migrate, readMigrations } from "../../server/src/db/migrate";
import { backends } from "../helpers/databases";

/**
 * 20261125183000_report_states_project on a database written before it: every report gets
 * its project's fields and a row per KPI with the definition, values are kept, and the
 * copy leaves no history (it is a change of layout, not an edit).
 */
const NEW = "20261125183000_report_states_project";

const BEFORE = `
  INSERT INTO "Municipality" ("code", "name", "prefecture", "updatedAt") VALUES ('012041', '旭川市', '北海道', now());
  INSERT INTO "FiscalYear" ("year") VALUES (2018), (2019), (2020);
  INSERT INTO "GrantType" ("code", "name", "kpiLimit", "position") VALUES ('suishin', '地方創生推進交付金', 4, 1);
  INSERT INTO "Project" ("municipalityId", "grantTypeId", "number", "name", "jointApplicationNote",
      "planFirstYear", "planLastYear", "overview", "kpiNameNote", "updatedAt")
    VALUES (1, 1, 1, '事業A', '北海道共同申請', 2018, 2020, '事業Aの全体概要', '旭川市関係分', now()),
           (1, 1, 2, '事業B', NULL, NULL, NULL, NULL, NULL, now());
  INSERT INTO "Kpi" ("projectId", "position", "name", "baseline", "target", "unit", "targetYear", "targetMonth", "direction")
    VALUES (1, 1, '宿泊延数', 1685, 1910, '千泊', 2021, 3, 'INCREASE'),
           (1, 2, '待機児童数', NULL, 0.5, '人', NULL, NULL, 'DECREASE');
  INSERT INTO "Report" ("projectId", "fiscalYear", "status", "updatedAt")
    VALUES (1, 2020, 'PUBLISHED', now()), (2, 2020, 'DRAFT', now());
  INSERT INTO "KpiValue" ("reportId", "kpiId", "value", "asOfYear", "asOfMonth", "isReference")
    VALUES (1, 1, 682.3, 2021, 3, true);`;

describe.each(backends().map((b) => [b.name, b] as const))("%s", (_, backend) => {
  it(`${NEW} copies each project into its reports and keeps every value`, async () => {
    const db = await backend.open("none");
    try {
      const all = readMigrations();
      const cut = all.findIndex((m) => m.name === NEW);
      expect(cut).toBeGreaterThan(0);
      await migrate(db.sql, all.slice(0, cut));
      await db.sql.exec(BEFORE);
      const audit = `SELECT count(*)::int AS n FROM "AuditLog"`;
      const [before] = await db.sql.query<{ n: number }>(audit);

      expect(await migrate(db.sql, all)).toEqual(all.slice(cut).map((m) => m.name));

      expect(
        await db.sql.query(
          `SELECT "id", "projectName", "jointApplicationNote", "planFirstYear", "planLastYear",
                  "kpiNameNote", "overview" FROM "Report" ORDER BY "id"`,
        ),
      ).toEqual([
        {
          id: 1,
          projectName: "事業A",
          jointApplicationNote: "北海道共同申請",
          planFirstYear: 2018,
          planLastYear: 2020,
          kpiNameNote: "旭川市関係分",
          overview: "事業Aの全体概要",
        },
        {
          id: 2,
          projectName: "事業B",
          jointApplicationNote: null,
          planFirstYear: null,
          planLastYear: null,
          kpiNameNote: null,
          overview: null,
        },
      ]);
      expect(
        await db.sql.query(
          `SELECT "reportId", "kpiId", "position", "name", "baseline"::text, "target"::text, "unit",
                  "targetYear", "targetMonth", "direction"::text, "value"::text, "asOfYear",
                  "asOfMonth", "isReference", "notMeasured"
             FROM "KpiValue" ORDER BY "reportId", "position"`,
        ),
      ).toEqual([
        {
          reportId: 1,
          kpiId: 1,
          position: 1,
          name: "宿泊延数",
          baseline: "1685.0000",
          target: "1910.0000",
          unit: "千泊",
          targetYear: 2021,
          targetMonth: 3,
          direction: "INCREASE",
          value: "682.3000",
          asOfYear: 2021,
          asOfMonth: 3,
          isReference: true,
          notMeasured: false,
        },
        {
          reportId: 1,
          kpiId: 2,
          position: 2,
          name: "待機児童数",
          baseline: null,
          target: "0.5000",
          unit: "人",
          targetYear: null,
          targetMonth: null,
          direction: "DECREASE",
          value: null,
          asOfYear: null,
          asOfMonth: null,
          isReference: false,
          notMeasured: false,
        },
      ]);
      const [after] = await db.sql.query<{ n: number }>(audit);
      expect(after!.n).toBe(before!.n);
      // The audit triggers are on again.
      await db.sql.exec(`UPDATE "Report" SET "overview" = '書き換え' WHERE "id" = 2`);
      const [edited] = await db.sql.query<{ n: number }>(audit);
      expect(edited!.n).toBe(before!.n + 1);
    } finally {
      await db.close();
    }
  });
});
