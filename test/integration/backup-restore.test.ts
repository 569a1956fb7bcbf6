import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it, vi } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { GET as incidentsCsv } from "@/app/api/export/incidents.csv/route";
import { GET as protestsCsv } from "@/app/api/export/protests.csv/route";
import { backupDatabase, restoreDatabase } from "@/lib/database/backup";
import { createPrismaClient } from "@/lib/database/prisma-client";
import { createIncident } from "@/lib/data/incidents/create-incident";
import { createProtest } from "@/lib/data/protests/create-protest";
import { getPrisma } from "@/lib/db";
import { createDatabase, dropDatabase, uniqueName } from "../support/databases";
import { incidentInput } from "../support/incident-input";
import { protestInput } from "../support/protest-input";
import { signedIn } from "../support/sessions";

// npm run db:backup / db:restore: a registry written to a pg_dump file and restored
// into an empty database exports the very same CSV.

const serverUrl = inject("serverUrl");
// These tests are about the data; who may download it is tested in access.test.ts.
vi.stubEnv("PUBLIC_READ", "1");

const holder = globalThis as unknown as { registryPrisma?: PrismaClient };
const cleanups: (() => Promise<void>)[] = [];

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** The response of an export route, read from the database at `url`. */
async function exportFrom(url: string, handler: (request: Request) => Response | Promise<Response>, query = ""): Promise<string> {
  const previous = holder.registryPrisma;
  const client = createPrismaClient(url);
  holder.registryPrisma = client;
  try {
    return await (await handler(new Request(`http://localhost/api/export/x.csv${query}`))).text();
  } finally {
    holder.registryPrisma = previous;
    await client.$disconnect();
  }
}

describe("backup and restore", () => {
  it("restores a backup into an empty database, which then exports the same CSV", async () => {
    const references = [
      await createIncident(incidentInput({ occurredOn: "2025-07-16", summary: "ทุ่นระเบิด, \"quoted\"\r\nand =1+1" })),
      await createIncident(incidentInput({ occurredOn: "2025-08-09", latitude: "14.3821", longitude: "104.6912" })),
      await createIncident(incidentInput({ occurredOn: "2024-11-02", casualties: [] })),
    ];
    await createProtest(protestInput({ incidents: references.slice(0, 2) }));
    const sourceUrl = process.env.DATABASE_URL!;
    const dir = await mkdtemp(path.join(os.tmpdir(), "registry-backup-"));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const file = path.join(dir, "registry.dump");

    await backupDatabase(sourceUrl, file);

    const name = uniqueName("registry_restored");
    const restoredUrl = await createDatabase(serverUrl, name);
    cleanups.push(() => dropDatabase(serverUrl, name));
    await restoreDatabase(restoredUrl, file);

    const original = await exportFrom(sourceUrl, incidentsCsv, "?hxl=1");
    for (const reference of references) expect(original).toContain(reference);
    expect(await exportFrom(restoredUrl, incidentsCsv, "?hxl=1")).toBe(original);
    expect(await exportFrom(restoredUrl, protestsCsv)).toBe(await exportFrom(sourceUrl, protestsCsv));

    // The restored registry goes on where the original stopped: the next reference is not reused.
    const restored = createPrismaClient(restoredUrl);
    try {
      const next = await createIncident(incidentInput({ occurredOn: "2025-09-01" }), { db: restored });
      expect(next).toBe("MI-2025-0003");
    } finally {
      await restored.$disconnect();
    }
  });

  it("writes a file only its owner can read, without sessions, rate limits or one-time tokens unless asked", async () => {
    await signedIn("viewer");
    const db = getPrisma();
    await db.rateLimit.create({ data: { id: "rl-backup", key: "192.0.2.9/sign-in/email", count: 3, lastRequest: BigInt(Date.now()) } });
    await db.authVerification.create({
      data: { id: "av-backup", identifier: "reset-password:backup", value: "one-time-value", expiresAt: new Date(Date.now() + 3_600_000) },
    });
    const dir = await mkdtemp(path.join(os.tmpdir(), "registry-backup-"));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const file = path.join(dir, "registry.dump");

    await backupDatabase(process.env.DATABASE_URL!, file);
    expect((await stat(file)).mode & 0o777).toBe(0o600);

    const counts = async (url: string) => {
      const restored = createPrismaClient(url);
      try {
        const [users, accounts, sessions, rateLimits, verifications] = await Promise.all([
          restored.user.count(),
          restored.account.count(),
          restored.session.count(),
          restored.rateLimit.count(),
          restored.authVerification.count(),
        ]);
        return { users, accounts, sessions, rateLimits, verifications };
      } finally {
        await restored.$disconnect();
      }
    };
    const restoredInto = async (backup: string) => {
      const name = uniqueName("registry_restored");
      const url = await createDatabase(serverUrl, name);
      cleanups.push(() => dropDatabase(serverUrl, name));
      await restoreDatabase(url, backup);
      return url;
    };
    const source = await counts(process.env.DATABASE_URL!);
    for (const rows of [source.sessions, source.rateLimits, source.verifications]) expect(rows).toBeGreaterThan(0);

    // The accounts (and so who may sign in) are kept; the tables left out exist, empty.
    expect(await counts(await restoredInto(file))).toEqual({ ...source, sessions: 0, rateLimits: 0, verifications: 0 });

    // A file that was there before (here readable by all) is replaced by one private to its owner.
    const full = path.join(dir, "with-sessions.dump");
    await writeFile(full, "an older file", { mode: 0o644 });
    await backupDatabase(process.env.DATABASE_URL!, full, { withSessions: true });
    expect((await stat(full)).mode & 0o777).toBe(0o600);
    expect(await counts(await restoredInto(full))).toEqual(source);
  });

  it("refuses to restore into a database that is not empty, and changes nothing", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "registry-backup-"));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const file = path.join(dir, "registry.dump");
    await backupDatabase(process.env.DATABASE_URL!, file);
    const before = await exportFrom(process.env.DATABASE_URL!, incidentsCsv);
    await expect(restoreDatabase(process.env.DATABASE_URL!, file)).rejects.toThrow(/is not empty .* nothing was restored/);
    expect(await exportFrom(process.env.DATABASE_URL!, incidentsCsv)).toBe(before);
  });

  it("says so when the file is missing", async () => {
    const name = uniqueName("registry_restored");
    const url = await createDatabase(serverUrl, name);
    cleanups.push(() => dropDatabase(serverUrl, name));
    await expect(restoreDatabase(url, "/nonexistent/registry.dump")).rejects.toThrow(/There is no file/);
  });
});
