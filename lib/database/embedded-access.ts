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
    await giveDatabaseToAppRole(admin);
  } finally {
    await admin.end();
  }
  await giveObjectsToAppRole(embeddedUrl(port, SERVER_USER, superuser, EMBEDDED_DATABASE));
  if (upgraded) {
    log(
      `upgraded the embedded database: the superuser "${SERVER_USER}" has a random password now (in ${files.superuser}), ` +
        `and the registry connects as role "${APP_ROLE}", which owns its data but is not a superuser`,
    );
  }
  return { superuser, app };
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
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
  const { rowCount } = await admin.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [APP_ROLE]);
  // The registry needs none of these: it owns its one database and works inside it.
  const attributes = "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS";
  await admin.query(`${rowCount ? "ALTER" : "CREATE"} ROLE ${admin.escapeIdentifier(APP_ROLE)} WITH ${attributes} PASSWORD ${admin.escapeLiteral(password)}`);
}

async function giveDatabaseToAppRole(admin: pg.Client): Promise<void> {
  const { rows } = await admin.query<{ owner: string }>(
    "SELECT pg_get_userbyid(datdba) AS owner FROM pg_database WHERE datname = $1",
    [EMBEDDED_DATABASE],
  );
  const database = admin.escapeIdentifier(EMBEDDED_DATABASE);
  const role = admin.escapeIdentifier(APP_ROLE);
  if (!rows[0]) await admin.query(`CREATE DATABASE ${database} OWNER ${role}`);
  else if (rows[0].owner !== APP_ROLE) await admin.query(`ALTER DATABASE ${database} OWNER TO ${role}`);
}

// The superuser's objects in the registry's schema, from clusters made before the app
// had a role (its migrations ran as the superuser). REASSIGN OWNED cannot do this: it
// refuses the bootstrap superuser. A column's sequence follows its table.
const HAND_OVER = `
SELECT format('ALTER %s %s OWNER TO %I', kind, name, $1::text) AS statement FROM (
  SELECT CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END AS kind,
         c.oid::regclass::text AS name, c.relowner AS owner
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v', 'm', 'S')
     AND NOT (c.relkind = 'S' AND EXISTS (
       SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i')))
  UNION ALL
  SELECT CASE t.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END, t.oid::regtype::text, t.typowner
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
   WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd')
  UNION ALL
  SELECT 'ROUTINE', p.oid::regprocedure::text, p.proowner
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
   WHERE n.nspname = 'public'
) objects
WHERE owner <> (SELECT oid FROM pg_roles WHERE rolname = $1::text)`;

async function giveObjectsToAppRole(registryAsSuperuser: string): Promise<void> {
  const client = await connect(registryAsSuperuser);
  try {
    const { rows } = await client.query<{ statement: string }>(HAND_OVER, [APP_ROLE]);
    if (rows.length === 0) return;
    await client.query("BEGIN");
    for (const { statement } of rows) await client.query(statement);
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
}
