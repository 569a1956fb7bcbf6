import pg from "pg";
import { registryStamp } from "../../cache/registry-stamp";

// One round trip: the registry's revision and, for a signed-in reader, what their
// page shows of their account and session. Any change to these files the page anew.
const STAMP_SQL = `
  SELECT r."revision"::text AS revision,
         s."id" AS session, s."expires_at"::text AS expires, s."updated_at"::text AS refreshed,
         u."id" AS account, u."role"::text AS role, u."name", u."email", u."updated_at"::text AS changed
  FROM "registry_revision" r
  LEFT JOIN "sessions" s ON s."token" = $1 AND s."expires_at" > now()
  LEFT JOIN "users" u ON u."id" = s."user_id"
  WHERE r."id" = 1`;

type StampRow = { revision: string; session: string | null } & Record<string, string | null>;

export type StampReader = {
  /**
   * The stamp a page is filed under, or null when `sessionToken` names no live
   * session (signed out, expired): such a request is left to Next.js. Throws while
   * the database is unreachable.
   */
  read: (sessionToken: string | null) => Promise<string | null>;
  close: () => Promise<void>;
};

/** Reads stamps on a small pool of its own. */
export function createStampReader(databaseUrl: string): StampReader {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 2_000 });
  // A connection dropped while idle (the database restarted): the next read opens another.
  pool.on("error", () => {});
  return {
    read: async (sessionToken) => {
      const { rows } = await pool.query<StampRow>(STAMP_SQL, [sessionToken]);
      const row = rows[0];
      const revision = registryStamp(row?.revision ?? "0");
      if (sessionToken === null) return revision;
      if (!row?.session) return null;
      const { session, expires, refreshed, account, role, name, email, changed } = row;
      return `${revision} ${JSON.stringify([session, expires, refreshed, account, role, name, email, changed])}`;
    },
    close: () => pool.end(),
  };
}
