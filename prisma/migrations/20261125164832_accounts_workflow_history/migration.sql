-- CreateEnum
CREATE TYPE "Role" AS ENUM ('FINANCE', 'EVALUATOR', 'MANAGER', 'ADMIN');

-- CreateEnum
CREATE TYPE "CommentKind" AS ENUM ('COMMENT', 'RETURN_REASON');

-- AlterEnum
ALTER TYPE "ReportStatus" ADD VALUE 'SUPERSEDED';

-- DropIndex
DROP INDEX "Report_projectId_fiscalYear_key";

-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "publishedAt" TIMESTAMP(3),
ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "loginId" VARCHAR(64) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "roles" "Role"[],
    "municipalityId" INTEGER,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "passwordHash" VARCHAR(200) NOT NULL,
    "failedLogins" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" CHAR(64) NOT NULL,
    "userId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewComment" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "authorId" INTEGER NOT NULL,
    "kind" "CommentKind" NOT NULL DEFAULT 'COMMENT',
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" INTEGER,
    "entity" VARCHAR(40) NOT NULL,
    "entityId" VARCHAR(40) NOT NULL,
    "action" VARCHAR(10) NOT NULL,
    "reportId" INTEGER,
    "changes" JSONB NOT NULL,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_loginId_key" ON "User"("loginId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "ReviewComment_reportId_idx" ON "ReviewComment"("reportId");

-- CreateIndex
CREATE INDEX "AuditLog_reportId_id_idx" ON "AuditLog"("reportId", "id");

-- CreateIndex
CREATE INDEX "AuditLog_entity_entityId_idx" ON "AuditLog"("entity", "entityId");

-- CreateIndex
CREATE UNIQUE INDEX "Report_projectId_fiscalYear_revision_key" ON "Report"("projectId", "fiscalYear", "revision");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewComment" ADD CONSTRAINT "ReviewComment_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewComment" ADD CONSTRAINT "ReviewComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Hand-written: checks Prisma cannot express.
ALTER TABLE "Report" ADD CONSTRAINT "Report_revision_check" CHECK ("revision" >= 1);
ALTER TABLE "User"
  ADD CONSTRAINT "User_roles_check" CHECK (cardinality("roles") >= 1),
  ADD CONSTRAINT "User_failedLogins_check" CHECK ("failedLogins" >= 0);
ALTER TABLE "ReviewComment" ADD CONSTRAINT "ReviewComment_body_check" CHECK (length("body") BETWEEN 1 AND 4000);

-- Hand-written: the change history. Every INSERT, UPDATE and DELETE of a domain table
-- writes one AuditLog row in the same transaction, with the field-level before/after.
-- The acting user is the transaction-local setting sosei.actor_id (set by the server at
-- the start of each write transaction); null for system writes. Passwords never appear.
CREATE FUNCTION "sosei_audit"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
  new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
  any_row jsonb := coalesce(new_row, old_row);
  diff jsonb;
BEGIN
  SELECT coalesce(jsonb_object_agg(k, CASE WHEN k = 'passwordHash'
           THEN jsonb_build_object('before', '"(hidden)"'::jsonb, 'after', '"(hidden)"'::jsonb)
           ELSE jsonb_build_object('before', old_row -> k, 'after', new_row -> k) END), '{}'::jsonb)
    INTO diff
    FROM jsonb_object_keys(coalesce(new_row, '{}'::jsonb) || coalesce(old_row, '{}'::jsonb)) AS k
   WHERE k NOT IN ('createdAt', 'updatedAt', 'version', 'failedLogins', 'lockedUntil')
     AND (old_row -> k) IS DISTINCT FROM (new_row -> k);
  IF TG_OP = 'UPDATE' AND diff = '{}'::jsonb THEN
    RETURN NULL;
  END IF;
  INSERT INTO "AuditLog" ("actorId", "entity", "entityId", "action", "reportId", "changes")
  VALUES (
    nullif(current_setting('sosei.actor_id', true), '')::int,
    TG_TABLE_NAME,
    coalesce(any_row ->> 'id', any_row ->> 'year'),
    TG_OP,
    (CASE WHEN TG_TABLE_NAME = 'Report' THEN any_row ->> 'id' ELSE any_row ->> 'reportId' END)::int,
    diff
  );
  RETURN NULL;
END
$$;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Municipality', 'FiscalYear', 'GrantType', 'Project', 'Report', 'BudgetProgram',
                           'Kpi', 'KpiValue', 'Evaluation', 'FuturePolicy', 'Category', 'User', 'ReviewComment']
  LOOP
    EXECUTE format('CREATE TRIGGER "%s_audit" AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION "sosei_audit"()', t, t);
  END LOOP;
END
$$;

-- History is append-only, whoever asks.
CREATE FUNCTION "sosei_audit_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditLog is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER "AuditLog_immutable" BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION "sosei_audit_immutable"();
