-- The summaries' index: province, month and the grouped columns, so a province's
-- figures are an index-only scan instead of thousands of scattered row visits.
DROP INDEX "incidents_province_code_occurred_on_idx";
CREATE INDEX "incidents_province_summary_idx" ON "incidents"("province_code", "occurred_on", "archived_at", "emplacement", "device_type", "id");

-- CreateTable
CREATE TABLE "registry_revision" (
    "id" INTEGER NOT NULL,
    "revision" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "registry_revision_pkey" PRIMARY KEY ("id")
);

INSERT INTO "registry_revision" ("id", "revision") VALUES (1, 0);

-- Every transaction that changes what the summaries count moves the revision on, at
-- its commit: readers see the new revision exactly when they can see the new rows,
-- whichever process or tool wrote them. The trigger is deferred so that the row lock on
-- registry_revision is the last lock a writer takes (no deadlock with the reference
-- counters) and is held only while committing; the transaction-local setting makes
-- the update happen once per transaction, not once per row. Prisma does not model
-- triggers, so they live here only.
CREATE FUNCTION "bump_registry_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('registry.revision_bumped', true) IS DISTINCT FROM 'on' THEN
    UPDATE "registry_revision" SET "revision" = "revision" + 1 WHERE "id" = 1;
    PERFORM set_config('registry.revision_bumped', 'on', true);
  END IF;
  RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER "incidents_bump_registry_revision" AFTER INSERT OR UPDATE OR DELETE ON "incidents"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_registry_revision"();
CREATE CONSTRAINT TRIGGER "casualties_bump_registry_revision" AFTER INSERT OR UPDATE OR DELETE ON "casualties"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_registry_revision"();
CREATE CONSTRAINT TRIGGER "protests_bump_registry_revision" AFTER INSERT OR UPDATE OR DELETE ON "protests"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_registry_revision"();
CREATE CONSTRAINT TRIGGER "protest_incidents_bump_registry_revision" AFTER INSERT OR UPDATE OR DELETE ON "protest_incidents"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_registry_revision"();
CREATE CONSTRAINT TRIGGER "provinces_bump_registry_revision" AFTER INSERT OR UPDATE OR DELETE ON "provinces"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_registry_revision"();
CREATE CONSTRAINT TRIGGER "countries_bump_registry_revision" AFTER INSERT OR UPDATE OR DELETE ON "countries"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_registry_revision"();
