import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import pg from "pg";
import { migrate } from "@/lib/database/migrate";
import { createDatabase, dropDatabase, uniqueName } from "../support/databases";
import { expectedSchema, schemaDrift } from "../support/schema-drift";

// A fresh database, migrated by the project's runner, must be exactly what
// prisma/schema.prisma describes: no drift in either direction.
const serverUrl = inject("serverUrl");
const name = uniqueName("registry_drift");
let url: string;

beforeAll(async () => {
  url = await createDatabase(serverUrl, name);
  await migrate(url);
});

afterAll(() => dropDatabase(serverUrl, name));

describe("migrations against schema.prisma", () => {
  it("covers every model, enum, index and foreign key of the schema", async () => {
    const expected = [...(await expectedSchema())];
    expect(expected.filter((l) => l.startsWith("table "))).toHaveLength(17);
    expect(expected.filter((l) => l.startsWith("enum "))).toHaveLength(14);
    expect(expected.filter((l) => l.startsWith("fk "))).toHaveLength(15);
    expect(expected).toContain("index incidents_occurred_on_id_idx on incidents(occurred_on desc, id desc)");
    expect(expected).toContain("index sign_in_failures_last_failed_at_idx on sign_in_failures(last_failed_at)");
    expect(expected).toContain("column incidents.verification verification not null default reported");
    expect(expected).toContain("column incidents.protest_status incident_protest_status not null default not_protested");
    expect(expected).toContain("index incidents_killed_id_idx on incidents(killed, id)");
  });

  it("leaves no drift between the migrated database and the schema", async () => {
    expect(await schemaDrift(url)).toEqual({ missing: [], unexpected: [] });
  });

  it("notices drift: a changed column, a dropped index and an extra table are all reported", async () => {
    const altered = uniqueName("registry_drift_altered");
    const alteredUrl = await createDatabase(serverUrl, altered);
    try {
      await migrate(alteredUrl);
      const client = new pg.Client({ connectionString: alteredUrl });
      await client.connect();
      await client.query("ALTER TABLE incidents ALTER COLUMN locality TYPE TEXT");
      await client.query("DROP INDEX incidents_device_type_idx");
      await client.query("CREATE TABLE stray (id int)");
      await client.end();
      const drift = await schemaDrift(alteredUrl);
      expect(drift.missing).toContain("column incidents.locality character varying(300)");
      expect(drift.missing).toContain("index incidents_device_type_idx on incidents(device_type)");
      expect(drift.unexpected).toContain("column incidents.locality text");
      expect(drift.unexpected).toContain("table stray");
    } finally {
      await dropDatabase(serverUrl, altered);
    }
  });
});
