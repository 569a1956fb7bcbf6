import pg from "pg";
import { SERVER_USER } from "@/lib/database/system-user";
import { readOrCreateSecret, readSecret } from "@/lib/system/secret-file";

// Who connects to the embedded PostgreSQL as whom. The superuser has a random password
// and serves only the launcher, to set things up. The registry connects as APP_ROLE,
// which owns the registry's database but is no superuser: its password travels in
// every DATABASE_URL the app is given, and must not let anyone run programs on the
// server (COPY … TO PROGRAM) or read its files.

export const EMBEDDED_DATABASE = "registry";
export const APP_ROLE = "registry";
// The superuser's password in every cluster made before it had a random one.
const OLD_SUPERUSER_PASSWORD = "registry";

export class EmbeddedAccessError extends Error {}

export type EmbeddedPasswords = { superuser: string; app: string };

// Beside the data folder, never inside it: that folder belongs to the server's user.
function passwordFiles(dataDir: string) {
  return { superuser: `${dataDir}-superuser-password`, app: `${dataDir}-${APP_ROLE}-password` };
}

export function embeddedUrl(port: number, role: string, password: string, database: string): string {
  return `postgresql://${encodeURIComponent(role)}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

/** The superuser's password, saved before initdb sets it on a new cluster in `dataDir`. */
export function superuserPassword(dataDir: string): Promise<string> {
  return readOrCreateSecret(passwordFiles(dataDir).superuser);
}

/** The registry's URL of the embedded database in `dataDir` (null if it never ran). */
export async function appUrl(dataDir: string, port: number): Promise<string | null> {
  const password = await readSecret(passwordFiles(dataDir).app);
  return password ? embeddedUrl(port, APP_ROLE, password, EMBEDDED_DATABASE) : null;
}

/**
 * Makes the running cluster of `dataDir` ready for the registry: the superuser on its
 * random password (moving a cluster made before off the old fixed one, with a message),
 * the app's role on its own, and the registry's database with all in it owned by that role.
 */
export async function secureCluster(dataDir: string, port: number, log: (line: string) => void): Promise<EmbeddedPasswords> {
  const files = passwordFiles(dataDir);
  const superuser = await superuserPassword(dataDir);
  const connected = await connectAsSuperuser(port, superuser);
  if (!connected) {
    throw new EmbeddedAccessError(
      `The embedded database in ${dataDir} does not accept the superuser password in ${files.superuser}. ` +
        `Put back the file that was there when the database was made (from a copy of that folder), or move the ` +
        `data folder away to start with a fresh database and restore a backup into it (npm run db:restore).`,
    );
  }
  const { admin, upgraded } = connected;
  let app: string;
  try {
    // Made or set again on every start, so a lost file only means a new password.
    app = await readOrCreateSecret(files.app);
    await setAppRole(admin, app);
    await giveDatabaseToAppRole(admin, embeddedUrl(port, SERVER_USER, superuser, EMBEDDED_DATABASE));
  } finally {
    await admin.end();
  }
  if (upgraded) {
    log(
      `upgraded the embedded database: the superuser "${SERVER_USER}" has a random password now (in ${files.superuser}), ` +
        `and the registry connects as role "${APP_ROLE}", which owns its data but is not a superuser`,
    );
  }
  return { superuser, app };
}

// Every connection here is the superuser's. The app's role owns its database, so it can
// create operators and functions in its schema and set that database's search_path:
// a superuser query resolving names through it would run the app role's code as superuser.
// Options given on connecting override the database's and role's settings.
const SUPERUSER_OPTIONS = "-c search_path=pg_catalog,pg_temp";

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, options: SUPERUSER_OPTIONS });
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => {});
    throw error;
  }
}

/** Null when the server takes neither the saved password nor the old fixed one. */
async function tryPassword(port: number, password: string): Promise<pg.Client | null> {
  try {
    return await connect(embeddedUrl(port, SERVER_USER, password, "postgres"));
  } catch (error) {
    if ((error as { code?: string }).code === "28P01") return null; // wrong password
    throw error;
  }
}

// The new password is on disk before the server is told it (superuserPassword saves it
// first): a start interrupted in between finds the old one still working, and goes on.
async function connectAsSuperuser(port: number, password: string): Promise<{ admin: pg.Client; upgraded: boolean } | null> {
  const current = await tryPassword(port, password);
  if (current) return { admin: current, upgraded: false };
  const admin = await tryPassword(port, OLD_SUPERUSER_PASSWORD);
  if (!admin) return null;
  try {
    await admin.query(`ALTER ROLE ${admin.escapeIdentifier(SERVER_USER)} PASSWORD ${admin.escapeLiteral(password)}`);
  } catch (error) {
    await admin.end();
    throw error;
  }
  return { admin, upgraded: true };
}

async function setAppRole(admin: pg.Client, password: string): Promise<void> {
  const { rowCount } = await admin.query("SELECT FROM pg_catalog.pg_roles WHERE rolname OPERATOR(pg_catalog.=) $1", [APP_ROLE]);
  // The registry needs none of these: it owns its one database and works inside it.
  const attributes = "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS";
  await admin.query(`${rowCount ? "ALTER" : "CREATE"} ROLE ${admin.escapeIdentifier(APP_ROLE)} WITH ${attributes} PASSWORD ${admin.escapeLiteral(password)}`);
}

// Once the app's role owns the database, the superuser never works inside it again: a
// cluster made before the app had a role gets its objects handed over first, while
// the role cannot yet have planted anything there.
async function giveDatabaseToAppRole(admin: pg.Client, registryAsSuperuser: string): Promise<void> {
  const { rows } = await admin.query<{ owner: string }>(
    "SELECT pg_catalog.pg_get_userbyid(datdba) AS owner FROM pg_catalog.pg_database WHERE datname OPERATOR(pg_catalog.=) $1",
    [EMBEDDED_DATABASE],
  );
  const database = admin.escapeIdentifier(EMBEDDED_DATABASE);
  const role = admin.escapeIdentifier(APP_ROLE);
  if (!rows[0]) await admin.query(`CREATE DATABASE ${database} OWNER ${role}`);
  else if (rows[0].owner !== APP_ROLE) {
    await giveObjectsToAppRole(registryAsSuperuser);
    await admin.query(`ALTER DATABASE ${database} OWNER TO ${role}`);
  }
}

// The superuser's objects in the registry's schema, from clusters made before the app
// had a role (its migrations ran as the superuser). REASSIGN OWNED cannot do this: it
// refuses the bootstrap superuser. A column's sequence follows its table.
const HAND_OVER = `
SELECT c.relkind::text AS kind, c.oid::pg_catalog.regclass::text AS name FROM pg_catalog.pg_class c
 WHERE c.relnamespace OPERATOR(pg_catalog.=) 'public'::pg_catalog.regnamespace
   AND c.relkind OPERATOR(pg_catalog.=) ANY ('{r,v,m,S}')
   AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d
     WHERE c.relkind OPERATOR(pg_catalog.=) 'S' AND d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass
       AND d.objid OPERATOR(pg_catalog.=) c.oid AND d.deptype OPERATOR(pg_catalog.=) ANY ('{a,i}'))
UNION ALL
SELECT t.typtype::text, t.oid::pg_catalog.regtype::text FROM pg_catalog.pg_type t
 WHERE t.typnamespace OPERATOR(pg_catalog.=) 'public'::pg_catalog.regnamespace AND t.typtype OPERATOR(pg_catalog.=) ANY ('{e,d}')
UNION ALL
SELECT 'f', p.oid::pg_catalog.regprocedure::text FROM pg_catalog.pg_proc p
 WHERE p.pronamespace OPERATOR(pg_catalog.=) 'public'::pg_catalog.regnamespace`;

// pg_class.relkind and pg_type.typtype, and "f" for routines.
const KEYWORDS: Record<string, string> = { r: "TABLE", v: "VIEW", m: "MATERIALIZED VIEW", S: "SEQUENCE", e: "TYPE", d: "DOMAIN", f: "ROUTINE" };

async function giveObjectsToAppRole(registryAsSuperuser: string): Promise<void> {
  const client = await connect(registryAsSuperuser);
  try {
    const { rows } = await client.query<{ kind: string; name: string }>(HAND_OVER);
    await client.query("BEGIN");
    for (const { kind, name } of rows) await client.query(`ALTER ${KEYWORDS[kind]} ${name} OWNER TO ${client.escapeIdentifier(APP_ROLE)}`);
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
}
