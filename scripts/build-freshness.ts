import { readdir, stat } from "node:fs/promises";
import path from "node:path";

// A build is stale when any source it was made from is newer than it.
const SOURCES = ["app", "components", "lib", "generated", "public", "next.config.ts", "package-lock.json", "postcss.config.mjs"];
const BUILD_MARKER = path.join(".next", "BUILD_ID");

async function newestMtime(entry: string): Promise<number> {
  const info = await stat(entry).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const children = await readdir(entry);
  const times = await Promise.all(children.map((child) => newestMtime(path.join(entry, child))));
  return Math.max(info.mtimeMs, ...times);
}

export async function buildIsStale(): Promise<boolean> {
  const built = await stat(BUILD_MARKER).catch(() => null);
  if (!built) return true;
  const newest = Math.max(...(await Promise.all(SOURCES.map(newestMtime))));
  return newest > built.mtimeMs;
}
