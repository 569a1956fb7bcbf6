import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm, stat, symlink } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readOrCreateSecret } from "@/lib/system/secret-file";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "registry-secret-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe("readOrCreateSecret", () => {
  it("gives every caller the same secret when several start at once, in a file only its owner can read", async () => {
    const file = path.join(dir, "secret");
    const secrets = await Promise.all(Array.from({ length: 20 }, () => readOrCreateSecret(file)));
    expect(new Set(secrets).size).toBe(1);
    expect(await readOrCreateSecret(file)).toBe(secrets[0]);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readdir(dir)).toEqual(["secret"]);
  });

  it("writes nothing through a symbolic link put in the file's place", async () => {
    const file = path.join(dir, "secret");
    const target = path.join(dir, "elsewhere");
    await symlink(target, file);
    await expect(readOrCreateSecret(file)).rejects.toThrow(/symbolic link/);
    expect(existsSync(target)).toBe(false);
  });
});
