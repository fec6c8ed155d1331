-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('DRAFT', 'IN_REVIEW', 'RETURNED', 'APPROVED', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "MoneyUnit" AS ENUM ('YEN', 'THOUSAND_YEN');

-- CreateEnum
CREATE TYPE "KpiDirection" AS ENUM ('INCREASE', 'DECREASE');

-- CreateEnum
CREATE TYPE "CategoryKind" AS ENUM ('EFFECT', 'EVALUATION', 'POLICY');

-- CreateTable
CREATE TABLE "Municipality" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(6) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "prefecture" VARCHAR(10) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Municipality_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FiscalYear" (
    "year" INTEGER NOT NULL,
    "isOpen" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "FiscalYear_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "GrantType" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "kpiLimit" INTEGER NOT NULL DEFAULT 4,
    "position" INTEGER NOT NULL,

    CONSTRAINT "GrantType_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" SERIAL NOT NULL,
    "municipalityId" INTEGER NOT NULL,
    "grantTypeId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "name" VARCHAR(300) NOT NULL,
    "jointApplicationNote" VARCHAR(100),
    "planFirstYear" INTEGER,
    "planLastYear" INTEGER,
    "overview" TEXT,
    "kpiNameNote" VARCHAR(100),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "fiscalYear" INTEGER NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "department" VARCHAR(100),
    "contact" VARCHAR(200),
    "moneyUnit" "MoneyUnit" NOT NULL DEFAULT 'THOUSAND_YEN',
    "statedYearOfPlan" INTEGER,
    "actualsAsOfYear" INTEGER,
    "actualsAsOfMonth" INTEGER,
    "effectCategoryId" INTEGER,
    "effectCategoryText" VARCHAR(200),
    "effectText" TEXT,
    "statedBudgetTotal" BIGINT,
    "statedExpectedGrantTotal" BIGINT,
    "statedActualTotal" BIGINT,
    "statedActualGrantTotal" BIGINT,
    "projectActual" BIGINT,
    "source" VARCHAR(200),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BudgetProgram" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "name" VARCHAR(200) NOT NULL,
    "isPartial" BOOLEAN NOT NULL DEFAULT false,
    "isNew" BOOLEAN NOT NULL DEFAULT false,
    "summary" TEXT,
    "mainResults" TEXT,
    "budget" BIGINT NOT NULL,
    "expectedGrant" BIGINT NOT NULL,
    "actual" BIGINT,
    "actualGrant" BIGINT,

    CONSTRAINT "BudgetProgram_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Kpi" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "name" VARCHAR(300) NOT NULL,
    "baseline" DECIMAL(20,4),
    "target" DECIMAL(20,4) NOT NULL,
    "unit" VARCHAR(30) NOT NULL,
    "targetYear" INTEGER,
    "targetMonth" INTEGER,
    "direction" "KpiDirection" NOT NULL DEFAULT 'INCREASE',

    CONSTRAINT "Kpi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KpiValue" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "kpiId" INTEGER NOT NULL,
    "value" DECIMAL(20,4),
    "notMeasured" BOOLEAN NOT NULL DEFAULT false,
    "asOfYear" INTEGER,
    "asOfMonth" INTEGER,
    "isReference" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "KpiValue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evaluation" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "categoryId" INTEGER,
    "categoryText" VARCHAR(200),
    "opinion" TEXT,

    CONSTRAINT "Evaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FuturePolicy" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "categoryId" INTEGER,
    "categoryText" VARCHAR(200),
    "reason" TEXT,

    CONSTRAINT "FuturePolicy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Category" (
    "id" SERIAL NOT NULL,
    "kind" "CategoryKind" NOT NULL,
    "label" VARCHAR(100) NOT NULL,
    "explanation" VARCHAR(300),
    "rank" INTEGER NOT NULL,
    "isActive" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Category_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Municipality_code_key" ON "Municipality"("code");

-- CreateIndex
CREATE UNIQUE INDEX "GrantType_code_key" ON "GrantType"("code");

-- CreateIndex
CREATE UNIQUE INDEX "GrantType_name_key" ON "GrantType"("name");

-- CreateIndex
CREATE INDEX "Project_grantTypeId_idx" ON "Project"("grantTypeId");

-- CreateIndex
CREATE UNIQUE INDEX "Project_municipalityId_name_key" ON "Project"("municipalityId", "name");

-- CreateIndex
CREATE INDEX "Report_fiscalYear_status_idx" ON "Report"("fiscalYear", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Report_projectId_fiscalYear_key" ON "Report"("projectId", "fiscalYear");

-- CreateIndex
CREATE UNIQUE INDEX "BudgetProgram_reportId_position_key" ON "BudgetProgram"("reportId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Kpi_projectId_position_key" ON "Kpi"("projectId", "position");

-- CreateIndex
CREATE INDEX "KpiValue_kpiId_idx" ON "KpiValue"("kpiId");

-- CreateIndex
CREATE UNIQUE INDEX "KpiValue_reportId_kpiId_key" ON "KpiValue"("reportId", "kpiId");

-- CreateIndex
CREATE UNIQUE INDEX "Evaluation_reportId_key" ON "Evaluation"("reportId");

-- CreateIndex
CREATE UNIQUE INDEX "FuturePolicy_reportId_key" ON "FuturePolicy"("reportId");

-- CreateIndex
CREATE UNIQUE INDEX "Category_kind_label_key" ON "Category"("kind", "label");

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_grantTypeId_fkey" FOREIGN KEY ("grantTypeId") REFERENCES "GrantType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_planFirstYear_fkey" FOREIGN KEY ("planFirstYear") REFERENCES "FiscalYear"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_planLastYear_fkey" FOREIGN KEY ("planLastYear") REFERENCES "FiscalYear"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_fiscalYear_fkey" FOREIGN KEY ("fiscalYear") REFERENCES "FiscalYear"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_effectCategoryId_fkey" FOREIGN KEY ("effectCategoryId") REFERENCES "Category"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BudgetProgram" ADD CONSTRAINT "BudgetProgram_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Kpi" ADD CONSTRAINT "Kpi_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiValue" ADD CONSTRAINT "KpiValue_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KpiValue" ADD CONSTRAINT "KpiValue_kpiId_fkey" FOREIGN KEY ("kpiId") REFERENCES "Kpi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FuturePolicy" ADD CONSTRAINT "FuturePolicy_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FuturePolicy" ADD CONSTRAINT "FuturePolicy_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Hand-written: CHECK constraints that schema.prisma cannot express.
-- Money is non-negative yen and a grant share never exceeds its amount.
ALTER TABLE "BudgetProgram"
  ADD CONSTRAINT "BudgetProgram_position_check" CHECK ("position" >= 1),
  ADD CONSTRAINT "BudgetProgram_budget_check" CHECK ("budget" >= 0),
  ADD CONSTRAINT "BudgetProgram_expectedGrant_check" CHECK ("expectedGrant" >= 0 AND "expectedGrant" <= "budget"),
  ADD CONSTRAINT "BudgetProgram_actual_check" CHECK ("actual" >= 0),
  ADD CONSTRAINT "BudgetProgram_actualGrant_check" CHECK ("actualGrant" IS NULL OR ("actual" IS NOT NULL AND "actualGrant" >= 0 AND "actualGrant" <= "actual"));

-- Stated totals stay as the form states them (they may disagree with the programs), but never negative.
ALTER TABLE "Report"
  ADD CONSTRAINT "Report_statedTotals_check" CHECK ("statedBudgetTotal" >= 0 AND "statedExpectedGrantTotal" >= 0 AND "statedActualTotal" >= 0 AND "statedActualGrantTotal" >= 0),
  ADD CONSTRAINT "Report_projectActual_check" CHECK ("projectActual" >= 0),
  ADD CONSTRAINT "Report_statedYearOfPlan_check" CHECK ("statedYearOfPlan" >= 1),
  ADD CONSTRAINT "Report_version_check" CHECK ("version" >= 1),
  ADD CONSTRAINT "Report_actualsAsOf_check" CHECK (("actualsAsOfYear" IS NULL) = ("actualsAsOfMonth" IS NULL) AND "actualsAsOfMonth" BETWEEN 1 AND 12);

ALTER TABLE "Project"
  ADD CONSTRAINT "Project_number_check" CHECK ("number" >= 1),
  ADD CONSTRAINT "Project_planPeriod_check" CHECK (("planFirstYear" IS NULL) = ("planLastYear" IS NULL) AND "planFirstYear" <= "planLastYear");

ALTER TABLE "GrantType"
  ADD CONSTRAINT "GrantType_kpiLimit_check" CHECK ("kpiLimit" BETWEEN 1 AND 20);

ALTER TABLE "Kpi"
  ADD CONSTRAINT "Kpi_position_check" CHECK ("position" >= 1),
  ADD CONSTRAINT "Kpi_targetMonth_check" CHECK (("targetYear" IS NULL) = ("targetMonth" IS NULL) AND "targetMonth" BETWEEN 1 AND 12);

ALTER TABLE "KpiValue"
  ADD CONSTRAINT "KpiValue_asOf_check" CHECK (("asOfYear" IS NULL) = ("asOfMonth" IS NULL) AND "asOfMonth" BETWEEN 1 AND 12),
  ADD CONSTRAINT "KpiValue_notMeasured_check" CHECK (NOT ("notMeasured" AND "value" IS NOT NULL));

ALTER TABLE "Category"
  ADD CONSTRAINT "Category_rank_check" CHECK ("rank" >= 1);
