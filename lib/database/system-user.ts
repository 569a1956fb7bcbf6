import { execFileSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import path from "node:path";

// PostgreSQL refuses to run as root. Sessions and CI here run as root, so the
// embedded server runs as the system user "postgres" (created when missing).

export type UserIds = { uid: number; gid: number; groups: number[] };

export const SERVER_USER = "postgres";

export function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

function idsOf(name: string): UserIds | null {
  try {
    const uid = Number(execFileSync("id", ["-u", name], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", name], { encoding: "utf8" }).trim());
    const groups = execFileSync("id", ["-G", name], { encoding: "utf8" }).trim().split(/\s+/).map(Number);
    return { uid, gid, groups };
  } catch {
    return null;
  }
}

/** The ids of user "postgres", creating the user if the system has none. */
export function serverUser(): UserIds {
  const existing = idsOf(SERVER_USER);
  if (existing) return existing;
  try {
    execFileSync("groupadd", ["--system", SERVER_USER], { stdio: "ignore" });
  } catch {
    // the group may exist without the user
  }
  execFileSync("useradd", ["--system", "--gid", SERVER_USER, "--no-create-home", "--shell", "/usr/sbin/nologin", SERVER_USER], {
    stdio: "ignore",
  });
  const created = idsOf(SERVER_USER);
  if (!created) throw new Error(`Could not create the system user "${SERVER_USER}" to run the embedded database.`);
  return created;
}

/** Whether `user` may enter `dir`: every existing folder on the way must let it search. */
export function canUserReach(dir: string, user: UserIds): boolean {
  const chain: string[] = [];
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    chain.push(current);
    if (path.dirname(current) === current) break;
  }
  return chain.every((folder) => {
    if (!existsSync(folder)) return true;
    const { mode, uid, gid } = statSync(folder);
    if (uid === user.uid) return (mode & 0o100) !== 0;
    if (user.groups.includes(gid)) return (mode & 0o010) !== 0;
    return (mode & 0o001) !== 0;
  });
}
