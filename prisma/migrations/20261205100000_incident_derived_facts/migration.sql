-- The derived facts of an incident, kept on its row by the database in the same
-- transaction as the write that changes them: this file is the one definition of
-- each. Readers (the list, its filters and sort, the CSV export, the summaries)
-- read the columns; nothing in the application recomputes them.

-- The protest status of an incident, in the order of its ladder (so sorting by it
-- follows the ladder).
CREATE TYPE "incident_protest_status" AS ENUM ('not_protested', 'protest_drafted', 'protested', 'clarification_requested', 'response_received', 'closed');

ALTER TABLE "incidents"
  ADD COLUMN "killed" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "injured" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "military_casualties" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "deminer_casualties" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "civilian_casualties" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "police_casualties" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "unknown_casualties" INTEGER NOT NULL DEFAULT 0,
  ADD COLUMN "protest_status" "incident_protest_status" NOT NULL DEFAULT 'not_protested',
  ADD COLUMN "response_due_on" DATE;

-- Recomputes the facts of the given incidents from their casualties and their
-- non-archived protests.
--
-- Protest status, by precedence:
--   1. no protest at all                          → not_protested
--   2. only drafts                                → protest_drafted
--   3. every protest beyond draft is closed       → closed
--   4. otherwise the furthest step among the open ones (sent, acknowledged or
--      response received), on the ladder protested < clarification_requested <
--      response_received, where an Article 8 step (8.2, 8.5, 8.8) awaiting its
--      answer counts as clarification_requested and any other step awaiting an
--      answer as protested. A closed protest never hides one that is still open.
-- response_due_on: the earliest due date among the steps still waiting for an answer
-- (sent or acknowledged, no answer recorded), so "overdue" is response_due_on < today
-- (lib/protests/due-date.ts isOverdue() for one protest).
--
-- The rows are locked in id order first, so that concurrent writers touching the
-- same incidents queue instead of deadlocking, and the UPDATE (a new statement, so
-- a new snapshot under READ COMMITTED) counts what the writer before committed:
-- two transactions linking protests to one incident at once cannot both store a
-- status computed without the other's protest.
CREATE FUNCTION "refresh_incident_facts"(ids INTEGER[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "incidents" WHERE "id" = ANY(ids) ORDER BY "id" FOR NO KEY UPDATE;
  UPDATE "incidents" i
     SET "killed" = f.killed, "injured" = f.injured,
         "military_casualties" = f.military, "deminer_casualties" = f.deminer, "civilian_casualties" = f.civilian,
         "police_casualties" = f.police, "unknown_casualties" = f.unknown,
         "protest_status" = f.protest_status, "response_due_on" = f.response_due_on
    FROM (
      SELECT x.id,
             coalesce(c.killed, 0) AS killed, coalesce(c.injured, 0) AS injured,
             coalesce(c.military, 0) AS military, coalesce(c.deminer, 0) AS deminer, coalesce(c.civilian, 0) AS civilian,
             coalesce(c.police, 0) AS police, coalesce(c.unknown, 0) AS unknown,
             (CASE WHEN p.live IS NULL THEN 'not_protested'
                   WHEN p.beyond_draft = 0 THEN 'protest_drafted'
                   WHEN p.open = 0 THEN 'closed'
                   WHEN p.answered THEN 'response_received'
                   WHEN p.article8_awaiting THEN 'clarification_requested'
                   ELSE 'protested' END)::"incident_protest_status" AS protest_status,
             p.response_due_on
        FROM unnest(ids) AS x(id)
        LEFT JOIN LATERAL (
          SELECT count(*) FILTER (WHERE "outcome" = 'killed') AS killed,
                 count(*) FILTER (WHERE "outcome" = 'injured') AS injured,
                 count(*) FILTER (WHERE "category" = 'military') AS military,
                 count(*) FILTER (WHERE "category" = 'deminer') AS deminer,
                 count(*) FILTER (WHERE "category" = 'civilian') AS civilian,
                 count(*) FILTER (WHERE "category" = 'police') AS police,
                 count(*) FILTER (WHERE "category" = 'unknown') AS unknown
            FROM "casualties" WHERE "incident_id" = x.id
        ) c ON true
        LEFT JOIN LATERAL (
          SELECT count(*) AS live,
                 count(*) FILTER (WHERE pr."status" <> 'draft') AS beyond_draft,
                 count(*) FILTER (WHERE pr."status" NOT IN ('draft', 'closed')) AS open,
                 bool_or(pr."status" = 'response_received') AS answered,
                 bool_or(pr."kind" IN ('article_8_2_request', 'article_8_5_request', 'article_8_8_mission')
                         AND pr."status" IN ('sent', 'acknowledged')) AS article8_awaiting,
                 min(pr."response_due_on") FILTER (WHERE pr."status" IN ('sent', 'acknowledged')
                                                     AND pr."response_received_on" IS NULL) AS response_due_on
            FROM "protest_incidents" pi JOIN "protests" pr ON pr."id" = pi."protest_id"
           WHERE pi."incident_id" = x.id AND pr."archived_at" IS NULL
          HAVING count(*) > 0
        ) p ON true
    ) f
   WHERE i."id" = f.id
     AND (i."killed", i."injured", i."military_casualties", i."deminer_casualties", i."civilian_casualties",
          i."police_casualties", i."unknown_casualties", i."protest_status", i."response_due_on")
         IS DISTINCT FROM
         (f.killed, f.injured, f.military, f.deminer, f.civilian, f.police, f.unknown, f.protest_status, f.response_due_on);
END;
$$;

-- Statement-level triggers with transition tables: a createMany of casualties or
-- links refreshes each incident once, not once per row. PostgreSQL allows transition
-- tables only on single-event triggers, hence one trigger per event; casualties and
-- protest_incidents both name their incident in "incident_id", hence one function.
CREATE FUNCTION "refresh_facts_of_changed_incidents"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "refresh_incident_facts"(ARRAY(SELECT DISTINCT "incident_id" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "refresh_incident_facts"(ARRAY(SELECT DISTINCT "incident_id" FROM old_rows));
  ELSE
    PERFORM "refresh_incident_facts"(ARRAY(SELECT "incident_id" FROM new_rows UNION SELECT "incident_id" FROM old_rows));
  END IF;
  RETURN NULL;
END;
$$;

DO $$
DECLARE
  t TEXT;
BEGIN
  FOREACH t IN ARRAY ARRAY['casualties', 'protest_incidents'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION "refresh_facts_of_changed_incidents"()', t || '_insert_refresh_incident_facts', t);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION "refresh_facts_of_changed_incidents"()', t || '_update_refresh_incident_facts', t);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION "refresh_facts_of_changed_incidents"()', t || '_delete_refresh_incident_facts', t);
  END LOOP;
END;
$$;

-- A new protest has no links yet and a deleted one takes its links with it (the
-- cascade fires the protest_incidents trigger), so only an update of a protest
-- changes what its incidents derive; an edit of its notes or recipient does not.
CREATE FUNCTION "protests_refresh_incident_facts"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "refresh_incident_facts"(ARRAY(
    SELECT DISTINCT pi."incident_id"
      FROM new_rows n JOIN old_rows o ON o."id" = n."id"
      JOIN "protest_incidents" pi ON pi."protest_id" = n."id"
     WHERE (n."kind", n."status", n."archived_at", n."response_due_on", n."response_received_on")
           IS DISTINCT FROM (o."kind", o."status", o."archived_at", o."response_due_on", o."response_received_on")));
  RETURN NULL;
END;
$$;

CREATE TRIGGER "protests_update_refresh_incident_facts" AFTER UPDATE ON "protests"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "protests_refresh_incident_facts"();

-- Backfill: every existing incident, once.
SELECT "refresh_incident_facts"(ARRAY(SELECT "id" FROM "incidents"));

-- Filtering the list by a fact and sorting by one, ties broken by id as the list does.
CREATE INDEX "incidents_protest_status_id_idx" ON "incidents"("protest_status", "id");
CREATE INDEX "incidents_response_due_on_idx" ON "incidents"("response_due_on");
CREATE INDEX "incidents_killed_id_idx" ON "incidents"("killed", "id");
CREATE INDEX "incidents_injured_id_idx" ON "incidents"("injured", "id");
