-- Hand-written: the history leaves out the four-eyes bookkeeping (submittedById,
-- amountsEditedById), whose writer is already the actor of the write that set it; the
-- sign-in counters it also left out moved from User to LoginThrottle (20261201124223_tenancy).
CREATE OR REPLACE FUNCTION "sosei_audit"() RETURNS trigger LANGUAGE plpgsql AS $$
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
   WHERE k NOT IN ('createdAt', 'updatedAt', 'version', 'submittedById', 'amountsEditedById')
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
