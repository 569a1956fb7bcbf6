import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { getPrisma } from "@/lib/db";
import { ConflictError } from "@/lib/data/errors";
import { createIncident } from "@/lib/data/incidents/create-incident";
import { getIncident } from "@/lib/data/incidents/get-incident";
import { listIncidents } from "@/lib/data/incidents/list-incidents";
import { updateIncident } from "@/lib/data/incidents/update-incident";
import { parseIncidentFilter, type IncidentFilter } from "@/lib/validations/incident-filter";
import { incidentInput } from "../support/incident-input";

function filter(params: Record<string, string>): IncidentFilter {
  const parsed = parseIncidentFilter(params);
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  return parsed.filter;
}

const counts = async () => {
  const db = getPrisma();
  const [incidents, casualties, sources] = await Promise.all([db.incident.count(), db.casualty.count(), db.source.count()]);
  return { incidents, casualties, sources };
};

describe("saving incidents", () => {
  it("stores an incident with its casualties and sources, and reads it back whole", async () => {
    const reference = await createIncident(
      incidentInput({ occurredOn: "2019-03-04", occurredAt: "14:30", latitude: "14.38", longitude: "104.69" }),
    );
    expect(reference).toBe("MI-2019-0001");
    const incident = await getIncident(reference);
    expect(incident).toMatchObject({
      reference,
      version: 1,
      occurredOn: "2019-03-04",
      occurredAt: "14:30",
      countryCode: "TH",
      countryName: "Thailand",
      provinceCode: "TH-33",
      provinceName: "Si Sa Ket",
      latitude: 14.38,
      longitude: 104.69,
      deviceType: "anti_personnel_mine",
      deviceModel: "PMN-2",
      emplacement: "newly_laid",
      verification: "reported",
      archivedAt: null,
    });
    expect(incident?.casualties).toEqual([
      { category: "military", outcome: "injured", nationality: "TH", sex: "male", age: 24, injuries: "Foot amputated", unit: null },
      { category: "military", outcome: "killed", nationality: "TH", sex: "unknown", age: null, injuries: null, unit: null },
    ]);
    expect(incident?.sources).toEqual([
      { outlet: "The Nation", url: "https://www.nationthailand.com/news/general/40053809", publishedOn: null },
    ]);
  });

  it("gives 20 concurrent saves 20 distinct, consecutive references", async () => {
    const references = await Promise.all(
      Array.from({ length: 20 }, () => createIncident(incidentInput({ occurredOn: "2018-06-01" }))),
    );
    expect(new Set(references).size).toBe(20);
    expect([...references].sort()).toEqual(
      Array.from({ length: 20 }, (_, i) => `MI-2018-${String(i + 1).padStart(4, "0")}`),
    );
    expect(await getPrisma().incident.count({ where: { reference: { startsWith: "MI-2018-" } } })).toBe(20);
  });

  it("saves a repeated submission of the same form once", async () => {
    const submissionKey = randomUUID();
    const before = await counts();
    const references = await Promise.all(
      Array.from({ length: 5 }, () => createIncident(incidentInput({ occurredOn: "2017-01-01" }), { submissionKey })),
    );
    expect(new Set(references).size).toBe(1);
    const after = await counts();
    expect(after.incidents - before.incidents).toBe(1);
    expect(after.casualties - before.casualties).toBe(2);
  });

  it("writes nothing, and uses up no reference, when any part of the save fails", async () => {
    const before = await counts();
    const bad = incidentInput({ occurredOn: "2016-05-05" });
    bad.provinceCode = "TH-99"; // bypasses the schema: the foreign key refuses it mid-transaction
    await expect(createIncident(bad)).rejects.toThrow();
    expect(await counts()).toEqual(before);
    expect(await createIncident(incidentInput({ occurredOn: "2016-05-05" }))).toBe("MI-2016-0001");
  });

  it("updates an incident, replacing its casualties and sources, and bumps the version", async () => {
    const reference = await createIncident(incidentInput({ occurredOn: "2015-02-02" }));
    await updateIncident(
      reference,
      1,
      incidentInput({
        occurredOn: "2015-02-03",
        summary: "Corrected account.",
        verification: "verified",
        casualties: [{ category: "civilian", outcome: "killed", nationality: "KH", sex: "female", age: "41", injuries: "", unit: "" }],
      }),
    );
    const incident = await getIncident(reference);
    expect(incident).toMatchObject({ reference, version: 2, occurredOn: "2015-02-03", summary: "Corrected account.", verification: "verified" });
    expect(incident?.casualties).toEqual([
      { category: "civilian", outcome: "killed", nationality: "KH", sex: "female", age: 41, injuries: null, unit: null },
    ]);
  });

  it("refuses an edit made from an outdated version and keeps the other person's save", async () => {
    const reference = await createIncident(incidentInput({ occurredOn: "2014-02-02" }));
    await updateIncident(reference, 1, incidentInput({ occurredOn: "2014-02-02", summary: "First editor." }));
    await expect(
      updateIncident(reference, 1, incidentInput({ occurredOn: "2014-02-02", summary: "Second editor." })),
    ).rejects.toThrow(ConflictError);
    expect((await getIncident(reference))?.summary).toBe("First editor.");
  });
});

describe("listing incidents", () => {
  it("filters, counts casualties per incident and pages newest first", async () => {
    const token = `needle-${randomUUID().slice(0, 8)}`;
    await createIncident(incidentInput({ occurredOn: "2013-01-10", locality: `${token} A`, provinceCode: "TH-33" }));
    await createIncident(incidentInput({ occurredOn: "2013-01-12", locality: `${token} B`, provinceCode: "TH-34", casualties: [] }));
    await createIncident(
      incidentInput({ occurredOn: "2013-01-11", locality: `${token} C`, countryCode: "KH", provinceCode: "KH-22", deviceType: "anti_vehicle_mine" }),
    );

    const all = await listIncidents(filter({ q: token }));
    expect(all.total).toBe(3);
    expect(all.items.map((i) => i.locality)).toEqual([`${token} B`, `${token} C`, `${token} A`]);
    expect(all.items.map((i) => [i.killed, i.injured])).toEqual([[0, 0], [1, 1], [1, 1]]);

    expect((await listIncidents(filter({ q: token, province: "TH-33" }))).items.map((i) => i.locality)).toEqual([`${token} A`]);
    expect((await listIncidents(filter({ q: token, country: "KH" }))).total).toBe(1);
    expect((await listIncidents(filter({ q: token, device_type: "anti_vehicle_mine" }))).total).toBe(1);
    expect((await listIncidents(filter({ q: token, from: "2013-01-11", to: "2013-01-11" }))).total).toBe(1);
    expect((await listIncidents(filter({ q: token.toUpperCase() }))).total).toBe(3);
    expect((await listIncidents(filter({ q: "Oddar Meanchey" }))).total).toBeGreaterThanOrEqual(1);

    const page2 = await listIncidents({ ...filter({ q: token }), page: 2 }, 2);
    expect(page2).toMatchObject({ total: 3, page: 2, pageCount: 2 });
    expect(page2.items.map((i) => i.locality)).toEqual([`${token} A`]);
  });

  it("hides archived incidents unless asked for", async () => {
    const token = `archived-${randomUUID().slice(0, 8)}`;
    const reference = await createIncident(incidentInput({ occurredOn: "2012-01-01", locality: token }));
    await getPrisma().incident.update({ where: { reference }, data: { archivedAt: new Date() } });
    expect((await listIncidents(filter({ q: token }))).total).toBe(0);
    expect((await listIncidents(filter({ q: token, archived: "1" }))).items[0]).toMatchObject({ reference, archived: true });
  });
});
