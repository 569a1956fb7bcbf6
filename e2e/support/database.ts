// Direct reads of the database the e2e server uses, to check what the UI did.
// The URL follows scripts/e2e-server.ts: with DATABASE_URL, the sibling database
// "<name>_e2e"; without it, the embedded PostgreSQL on EMBEDDED_PG_PORT (54339),
// as the registry's own role, whose password is kept beside e2eDataDir().
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { appUrl } from "@/lib/database/embedded-access";
import { isEmbeddedRunning } from "@/lib/database/embedded-postgres";

/** The port of the e2e server's embedded database. */
export const E2E_EMBEDDED_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54339);

/** The e2e server's embedded database folder: one per port, so that the tests can find it. */
export function e2eDataDir(): string {
  return path.join(os.tmpdir(), `landmine-registry-e2e-${E2E_EMBEDDED_PORT}`, "postgres");
}

async function e2eDatabaseUrl(): Promise<string> {
  const configured = process.env.DATABASE_URL?.trim();
  if (configured) {
    const url = new URL(configured);
    url.pathname = `/${url.pathname.slice(1) || "registry"}_e2e`;
    return url.toString();
  }
  // Whatever else listens on that port must not get the password.
  const url = (await isEmbeddedRunning({ dataDir: e2eDataDir(), port: E2E_EMBEDDED_PORT })) && (await appUrl(e2eDataDir(), E2E_EMBEDDED_PORT));
  if (!url) throw new Error(`The e2e server's embedded database in ${e2eDataDir()} is not running on port ${E2E_EMBEDDED_PORT}: is the server running?`);
  return url;
}

async function query<Row extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: await e2eDatabaseUrl() });
  await client.connect();
  try {
    return (await client.query<Row>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** All incidents, archived ones included. */
export async function countIncidents(): Promise<number> {
  const [row] = await query<{ n: number }>("SELECT count(*)::int AS n FROM incidents");
  return row?.n ?? 0;
}

/** Incidents whose locality contains `token` (each test puts a unique token there). */
export async function countIncidentsWithLocality(token: string): Promise<number> {
  const [row] = await query<{ n: number }>("SELECT count(*)::int AS n FROM incidents WHERE strpos(locality, $1) > 0", [
    token,
  ]);
  return row?.n ?? 0;
}

/** Incidents the list shows for `?province=<code>` (archived ones are hidden). */
export async function countIncidentsInProvince(code: string): Promise<number> {
  const [row] = await query<{ n: number }>(
    "SELECT count(*)::int AS n FROM incidents WHERE province_code = $1 AND archived_at IS NULL",
    [code],
  );
  return row?.n ?? 0;
}

export type StoredIncident = {
  reference: string;
  occurredOn: string;
  countryCode: string;
  provinceCode: string;
  locality: string | null;
  latitude: number | null;
  longitude: number | null;
  summary: string;
  version: number;
  archivedAt: Date | null;
  casualties: { category: string; outcome: string; nationality: string | null; age: number | null }[];
  sources: { outlet: string; url: string }[];
};

export async function findIncident(reference: string): Promise<StoredIncident | null> {
  const [incident] = await query<Omit<StoredIncident, "casualties" | "sources"> & { id: number }>(
    `SELECT id, reference, occurred_on::text AS "occurredOn", country_code AS "countryCode",
            province_code AS "provinceCode", locality, latitude, longitude, summary, version,
            archived_at AS "archivedAt"
       FROM incidents WHERE reference = $1`,
    [reference],
  );
  if (!incident) return null;
  const { id, ...columns } = incident;
  const casualties = await query<StoredIncident["casualties"][number]>(
    `SELECT category::text, outcome::text, trim(nationality) AS nationality, age
       FROM casualties WHERE incident_id = $1 ORDER BY position, id`,
    [id],
  );
  const sources = await query<StoredIncident["sources"][number]>(
    "SELECT outlet, url FROM sources WHERE incident_id = $1 ORDER BY position, id",
    [id],
  );
  return { ...columns, casualties, sources };
}

export type StoredProtest = { status: string; incidents: string[]; historyRows: number; version: number; archived: boolean };

/** A protest's status, the incidents it covers (sorted), how many history rows it has and whether it is archived. */
export async function protestInDatabase(reference: string): Promise<StoredProtest | null> {
  const [row] = await query<StoredProtest>(
    `SELECT p.status::text AS status, p.version, p.archived_at IS NOT NULL AS archived,
            (SELECT array_agg(i.reference::text ORDER BY i.reference) FROM protest_incidents pi
               JOIN incidents i ON i.id = pi.incident_id WHERE pi.protest_id = p.id) AS incidents,
            (SELECT count(*)::int FROM protest_status_changes h WHERE h.protest_id = p.id) AS "historyRows"
       FROM protests p WHERE p.reference = $1`,
    [reference],
  );
  return row ?? null;
}

/** Protest steps covering the incident, archived ones included. */
export async function countProtestsCovering(reference: string): Promise<number> {
  const [row] = await query<{ n: number }>(
    `SELECT count(*)::int AS n FROM protest_incidents pi JOIN incidents i ON i.id = pi.incident_id WHERE i.reference = $1`,
    [reference],
  );
  return row?.n ?? 0;
}

export async function roleOf(email: string): Promise<string | null> {
  const [row] = await query<{ role: string }>("SELECT role::text AS role FROM users WHERE email = $1", [email]);
  return row?.role ?? null;
}

export type StoredAuditRow = { action: string; actor: string | null; before: Record<string, unknown> | null; after: Record<string, unknown> | null };

/** The history rows of an incident or protest, oldest first, with the actor's email. */
export async function auditRowsOf(reference: string): Promise<StoredAuditRow[]> {
  return query<StoredAuditRow>(
    `SELECT a.action::text AS action, u.email AS actor, a.before, a.after
       FROM audit_events a LEFT JOIN users u ON u.id = a.actor_id
      WHERE a.entity_key = $1 ORDER BY a.id`,
    [reference],
  );
}

/** The most killed in one live incident, as the derived facts store it. */
export async function mostKilledInOneIncident(): Promise<number> {
  const [row] = await query<{ n: number }>("SELECT coalesce(max(killed), 0)::int AS n FROM incidents WHERE archived_at IS NULL");
  return row?.n ?? 0;
}
