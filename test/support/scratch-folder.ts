import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

/** A folder for a data folder (and the password files beside it), removed by the cleanup added. */
export async function scratchFolder(cleanups: (() => Promise<void>)[]): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "registry-embedded-"));
  await chmod(dir, 0o755); // the server may run as user "postgres"
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}
