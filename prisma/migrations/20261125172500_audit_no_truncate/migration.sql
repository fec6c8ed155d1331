-- Hand-written: TRUNCATE bypasses row triggers, so history needs a statement trigger too.
CREATE TRIGGER "AuditLog_no_truncate" BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION "sosei_audit_immutable"();
