import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db";
import { createIncident } from "@/lib/data/incidents/create-incident";
import { countIncidentPoints } from "@/lib/data/maps/count-incident-points";
import { incidentInput } from "../support/incident-input";

beforeAll(async () => {
  const at = (latitude: string, longitude: string, provinceCode = "TH-33", countryCode = "TH", more = {}) =>
    createIncident(incidentInput({ latitude, longitude, provinceCode, countryCode, casualties: [], ...more }));
  // Two incidents a few hundred metres apart share a place; a third is further.
  await at("14.3821", "104.6912", "TH-33", "TH", { coordinatePrecision: "exact", occurredOn: "2025-08-09" });
  await at("14.3849", "104.6888", "TH-33", "TH", { coordinatePrecision: "district", occurredOn: "2025-03-01" });
  await at("14.5000", "104.9000");
  await at("14.1000", "103.5000", "KH-22", "KH");
  await createIncident(incidentInput({ casualties: [] })); // no coordinates
  const archived = await at("14.3830", "104.6900");
  await getPrisma().incident.update({ where: { reference: archived }, data: { archivedAt: new Date() } });
});

describe("countIncidentPoints", () => {
  it("groups incidents by position rounded to 0.01°, busiest first, archived ones left out", async () => {
    expect(await countIncidentPoints({ provinceCode: "TH-33" })).toEqual([
      { latitude: 14.38, longitude: 104.69, count: 2, precision: "district" },
      { latitude: 14.5, longitude: 104.9, count: 1, precision: null },
    ]);
  });

  it("keeps to a period, and a place takes the coarsest precision of its incidents in it", async () => {
    expect(await countIncidentPoints({ provinceCode: "TH-33", from: "2025-08-01", to: "2025-08-31" })).toEqual([
      { latitude: 14.38, longitude: 104.69, count: 1, precision: "exact" },
      { latitude: 14.5, longitude: 104.9, count: 1, precision: null },
    ]);
  });

  it("covers every province without a scope", async () => {
    const points = await countIncidentPoints();
    expect(points.reduce((sum, p) => sum + p.count, 0)).toBe(4);
    expect(points).toContainEqual({ latitude: 14.1, longitude: 103.5, count: 1, precision: null });
  });
});
