import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db";
import { createIncident } from "@/lib/data/incidents/create-incident";
import { countIncidentPoints } from "@/lib/data/maps/count-incident-points";
import { incidentInput } from "../support/incident-input";

beforeAll(async () => {
  const at = (latitude: string, longitude: string, provinceCode = "TH-33", countryCode = "TH") =>
    createIncident(incidentInput({ latitude, longitude, provinceCode, countryCode, casualties: [] }));
  // Two incidents a few hundred metres apart share a place; a third is further.
  await at("14.3821", "104.6912");
  await at("14.3849", "104.6888");
  await at("14.5000", "104.9000");
  await at("14.1000", "103.5000", "KH-22", "KH");
  await createIncident(incidentInput({ casualties: [] })); // no coordinates
  const archived = await at("14.3830", "104.6900");
  await getPrisma().incident.update({ where: { reference: archived }, data: { archivedAt: new Date() } });
});

describe("countIncidentPoints", () => {
  it("groups incidents by position rounded to 0.01°, busiest first, archived ones left out", async () => {
    expect(await countIncidentPoints({ provinceCode: "TH-33" })).toEqual([
      { latitude: 14.38, longitude: 104.69, count: 2 },
      { latitude: 14.5, longitude: 104.9, count: 1 },
    ]);
  });

  it("covers every province without a scope", async () => {
    const points = await countIncidentPoints();
    expect(points.reduce((sum, p) => sum + p.count, 0)).toBe(4);
    expect(points).toContainEqual({ latitude: 14.1, longitude: 103.5, count: 1 });
  });
});
