import { randomBytes } from "node:crypto";
import { mkdir, open, readFile } from "node:fs/promises";
import path from "node:path";

/** The secret kept in `file`, or null when there is none yet. */
export async function readSecret(file: string): Promise<string | null> {
  try {
    const existing = (await readFile(file, "utf8")).trim();
    return existing.length >= 32 ? existing : null;
  } catch (error) {
    if ((error as { code?: string }).code !== "ENOENT") throw error;
    return null;
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
  await mkdir(path.dirname(file), { recursive: true });
  const handle = await open(file, "w", 0o600);
  try {
    await handle.chmod(0o600);
    await handle.writeFile(`${secret}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return secret;
}
