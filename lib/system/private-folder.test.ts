import { mkdir, mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makePrivateFolder } from "@/lib/system/private-folder";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "registry-private-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const modeOf = async (folder: string) => (await stat(folder)).mode & 0o777;

describe("makePrivateFolder", () => {
  it("makes a new folder private to its owner, and says it was no change", async () => {
    const folder = path.join(dir, "backups");
    expect(await makePrivateFolder(folder)).toBe(false);
    expect(await modeOf(folder)).toBe(0o700);
  });

  it("makes a folder that others could read private once, and says so that once", async () => {
    const folder = path.join(dir, "backups");
    await mkdir(folder, { mode: 0o755 });
    expect(await makePrivateFolder(folder)).toBe(true);
    expect(await modeOf(folder)).toBe(0o700);
    expect(await makePrivateFolder(folder)).toBe(false);
  });
});
