import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db";
import { cachedProvinceSummary, cachedRegistryTotals } from "@/lib/data/cache/summaries";
import { createIncident } from "@/lib/data/incidents/create-incident";
import type { IncidentFilter } from "@/lib/validations/incident-filter";
import { incidentInput } from "../support/incident-input";

const revision = async () => (await getPrisma().registryRevision.findUniqueOrThrow({ where: { id: 1 } })).revision;
const inSiSaKet: IncidentFilter = { page: 1, includeArchived: false, province: "TH-33" };

describe("summary figures cached per registry revision", () => {
  it("a committed write moves the revision on once, whatever it touched; a rolled-back one does not", async () => {
    const before = await revision();
    await createIncident(incidentInput({ occurredOn: "2025-07-16" })); // incident, source and casualties in one transaction
    expect(await revision()).toBe(before + 1n);

    await expect(
      getPrisma().$transaction(async (tx) => {
        await tx.incident.updateMany({ data: { locality: "changed" } });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await revision()).toBe(before + 1n);

    // A write from outside the app (psql, another process) counts too.
    await getPrisma().$executeRaw`UPDATE incidents SET locality = 'by hand'`;
    expect(await revision()).toBe(before + 2n);
  });

  it("serves the same figures until something is written, then the new ones", async () => {
    const first = await cachedProvinceSummary(inSiSaKet);
    expect(await cachedProvinceSummary(inSiSaKet)).toBe(first); // the very object: not recomputed

    await createIncident(incidentInput({ occurredOn: "2025-08-02" }));
    const second = await cachedProvinceSummary(inSiSaKet);
    expect(second.incidents).toBe(first.incidents + 1);

    // Archiving outside the app is seen at once as well.
    await getPrisma().$executeRaw`UPDATE incidents SET archived_at = now() WHERE province_code = 'TH-33'`;
    expect((await cachedProvinceSummary(inSiSaKet)).incidents).toBe(0);
    expect((await cachedRegistryTotals()).incidents).toBe(0);
  });

  it("does not keep a failed computation", async () => {
    const failing = await import("@/lib/data/cache/revision-cache");
    await expect(failing.cachedByRevision("failing", () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await failing.cachedByRevision("failing", () => Promise.resolve(42))).toBe(42);
  });
});
