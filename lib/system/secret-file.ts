import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { link, mkdir, open, unlink } from "node:fs/promises";
import path from "node:path";

function codeOf(error: unknown): string | undefined {
  return (error as { code?: string }).code;
}

/** The secret kept in `file`, or null when there is none yet. */
export async function readSecret(file: string): Promise<string | null> {
  let handle;
  try {
    // Whoever could put a link there would choose the secret.
    handle = await open(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    if (codeOf(error) === "ENOENT") return null;
    if (codeOf(error) === "ELOOP") throw new Error(`${file} is a symbolic link: the registry keeps its secrets in plain files only. Remove it.`);
    throw error;
  }
  try {
    const existing = (await handle.readFile("utf8")).trim();
    return existing.length >= 32 ? existing : null;
  } finally {
    await handle.close();
  }
}

/**
 * A secret (the session cookies' key, the embedded database's passwords) made once
 * and kept in a file readable only by its owner, so it survives a restart. It is on
 * disk before this returns: a password is only ever set after it has been saved.
 */
export async function readOrCreateSecret(file: string): Promise<string> {
  const existing = await readSecret(file);
  if (existing) return existing;
  const secret = randomBytes(32).toString("base64url");
  const folder = path.dirname(file);
  await mkdir(folder, { recursive: true });
  // Written whole under a name of its own, then linked into place. A link never
  // replaces a file: of processes starting together, one secret wins and all use it.
  const written = `${file}.${randomBytes(6).toString("hex")}.tmp`;
  await writeSynced(written, `${secret}\n`);
  try {
    await link(written, file);
  } catch (error) {
    if (codeOf(error) !== "EEXIST") throw error;
    const theirs = await readSecret(file);
    if (!theirs) throw new Error(`${file} holds no usable secret: remove it, and a new one is made.`);
    return theirs;
  } finally {
    await unlink(written);
  }
  await syncFolder(folder);
  return secret;
}

async function writeSynced(file: string, content: string): Promise<void> {
  // "wx": never through a link, never into a file someone else made.
  const handle = await open(file, "wx", 0o600);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

// So that the new name survives a crash as well as the file's content.
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === "win32") return; // Windows cannot open a folder to sync it
  const handle = await open(folder, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
