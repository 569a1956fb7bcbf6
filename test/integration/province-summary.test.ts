import { describe, expect, it } from "vitest";
import type { CasualtyCategory, CasualtyOutcome } from "@/generated/prisma/enums";
import { getPrisma } from "@/lib/db";
import { createIncident } from "@/lib/data/incidents/create-incident";
import { listIncidents } from "@/lib/data/incidents/list-incidents";
import { createProtest } from "@/lib/data/protests/create-protest";
import { countIncidentsByMonth } from "@/lib/data/provinces/count-incidents-by-month";
import { getProvinceSummary } from "@/lib/data/provinces/get-province-summary";
import { listProvinceSummaries } from "@/lib/data/provinces/list-province-summaries";
import { rankProvinces } from "@/lib/data/provinces/rank-provinces";
import { fillMonths } from "@/lib/charts/months";
import { parseIncidentFilter, type IncidentFilter } from "@/lib/validations/incident-filter";
import type { ProtestFormValues } from "@/lib/validations/protest";
import { incidentInput } from "../support/incident-input";
import { protestInput } from "../support/protest-input";

function filterOf(params: Record<string, string>): IncidentFilter {
  const parsed = parseIncidentFilter(params);
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  return parsed.filter;
}

const casualty = (category: CasualtyCategory, outcome: CasualtyOutcome) => ({
  category,
  outcome,
  nationality: "TH",
  sex: "unknown" as const,
  age: "",
  injuries: "",
  unit: "",
});

const protest = (overrides: Partial<ProtestFormValues>) =>
  createProtest(protestInput({ kind: "bilateral_protest", recipient: "KH", ...overrides }));

// Every province in this file's database is empty at the start (each test file gets its own).
async function seedSiSaKet() {
  const laidPatrol = await createIncident(
    incidentInput({
      occurredOn: "2025-07-16",
      casualties: [casualty("military", "injured"), casualty("military", "injured"), casualty("military", "killed")],
    }),
  );
  const legacy = await createIncident(
    incidentInput({
      occurredOn: "2025-07-30",
      emplacement: "legacy",
      deviceType: "anti_vehicle_mine",
      casualties: [casualty("civilian", "killed"), casualty("deminer", "injured")],
    }),
  );
  const find = await createIncident(
    incidentInput({ occurredOn: "2025-09-02", emplacement: "undetermined", deviceType: "unknown", casualties: [] }),
  );
  const unprotested = await createIncident(
    incidentInput({ occurredOn: "2025-09-20", casualties: [casualty("police", "injured"), casualty("unknown", "injured")] }),
  );
  const archived = await createIncident(
    incidentInput({
      occurredOn: "2025-08-10",
      casualties: [casualty("military", "killed"), casualty("military", "killed"), casualty("civilian", "injured")],
    }),
  );
  await createIncident(incidentInput({ occurredOn: "2025-07-20", provinceCode: "TH-34" }));

  // An Article 8.2 request is due 28 days after it is sent: long overdue by now.
  await protest({ kind: "article_8_2_request", recipient: "un_secretary_general", incidents: [laidPatrol, archived] });
  await protest({ responseDueOn: "2099-01-01", incidents: [legacy] });
  await protest({ status: "draft", sentOn: "", incidents: [find] });
  // Archived after its protest was recorded: a protest cannot name an archived incident.
  await getPrisma().incident.update({ where: { reference: archived }, data: { archivedAt: new Date() } });
  return { unprotested };
}

describe("province summaries", () => {
  it("equal the incident list for the same province filter, archived incidents left out", async () => {
    await seedSiSaKet();
    const filter = filterOf({ province: "TH-33" });
    const summary = await getProvinceSummary(filter);
    const list = await listIncidents(filter, 100);

    // the hand-counted fixture
    expect(summary.incidents).toBe(4);
    expect(summary.casualties).toEqual({ killed: 2, injured: 5 });
    expect(summary.byCategory).toEqual({
      military: { killed: 1, injured: 2 },
      deminer: { killed: 0, injured: 1 },
      civilian: { killed: 1, injured: 0 },
      police: { killed: 0, injured: 1 },
      unknown: { killed: 0, injured: 1 },
    });
    expect(summary.emplacement).toEqual({ newly_laid: 2, legacy: 1, undetermined: 1 });
    expect(summary.deviceTypes).toEqual({
      anti_personnel_mine: 2,
      anti_vehicle_mine: 1,
      improvised_mine: 0,
      other_erw: 0,
      unknown: 1,
    });
    expect(summary.protests).toEqual({ protested: 3, notProtested: 1, awaitingResponse: 2, overdue: 1 });

    // ... and the same figures as the incident list
    expect(summary.incidents).toBe(list.total);
    expect(list.items.every((i) => !i.archived && i.provinceCode === "TH-33")).toBe(true);
    expect(summary.casualties.killed).toBe(list.items.reduce((n, i) => n + i.killed, 0));
    expect(summary.casualties.injured).toBe(list.items.reduce((n, i) => n + i.injured, 0));
    const byCategory = Object.values(summary.byCategory);
    expect(byCategory.reduce((n, c) => n + c.killed, 0)).toBe(summary.casualties.killed);
    expect(byCategory.reduce((n, c) => n + c.injured, 0)).toBe(summary.casualties.injured);
    for (const emplacement of ["newly_laid", "legacy", "undetermined"] as const) {
      expect(summary.emplacement[emplacement]).toBe((await listIncidents(filterOf({ province: "TH-33", emplacement }))).total);
    }
    expect(summary.protests.notProtested).toBe(
      (await listIncidents(filterOf({ province: "TH-33", protest_status: "not_protested" }))).total,
    );
    expect(summary.protests.overdue).toBe((await listIncidents(filterOf({ province: "TH-33", overdue: "1" }))).total);
    expect(list.items.filter((i) => i.protestStatus !== "not_protested")).toHaveLength(summary.protests.protested);
    expect(list.items.filter((i) => i.responseOverdue)).toHaveLength(summary.protests.overdue);

    // per month, with the months in between filled with zero
    const months = fillMonths(await countIncidentsByMonth({ provinceCode: "TH-33" }), "2025-07", "2025-09");
    expect(months).toEqual([
      { month: "2025-07", count: 2 },
      { month: "2025-08", count: 0 },
      { month: "2025-09", count: 2 },
    ]);
    const lastDay = { "2025-07": "2025-07-31", "2025-08": "2025-08-31", "2025-09": "2025-09-30" } as const;
    for (const { month, count } of months) {
      const listed = await listIncidents(
        filterOf({ province: "TH-33", from: `${month}-01`, to: lastDay[month as keyof typeof lastDay] }),
      );
      expect(count).toBe(listed.total);
    }
    expect(await countIncidentsByMonth({ provinceCode: "TH-33", from: "2025-08-01" })).toEqual([{ month: "2025-09", count: 2 }]);
    expect(await countIncidentsByMonth()).toEqual([
      { month: "2025-07", count: 3 },
      { month: "2025-09", count: 2 },
    ]);

    // the index row and the ranking agree with the page
    const rows = await listProvinceSummaries();
    expect(rows.map((r) => r.provinceCode).sort()).toEqual(["TH-33", "TH-34"]);
    expect(rows.find((r) => r.provinceCode === "TH-33")).toEqual({
      provinceCode: "TH-33",
      provinceName: "Si Sa Ket",
      countryCode: "TH",
      countryName: "Thailand",
      incidents: summary.incidents,
      killed: summary.casualties.killed,
      injured: summary.casualties.injured,
      newlyLaid: summary.emplacement.newly_laid,
      protested: summary.protests.protested,
      overdue: summary.protests.overdue,
    });
    expect(await rankProvinces()).toEqual([
      { provinceCode: "TH-33", provinceName: "Si Sa Ket", countryCode: "TH", incidents: 4 },
      { provinceCode: "TH-34", provinceName: "Ubon Ratchathani", countryCode: "TH", incidents: 1 },
    ]);
  });

  it("a province without incidents has zeros everywhere", async () => {
    const summary = await getProvinceSummary(filterOf({ province: "KH-22" }));
    expect(summary.incidents).toBe(0);
    expect(summary.casualties).toEqual({ killed: 0, injured: 0 });
    expect(summary.protests).toEqual({ protested: 0, notProtested: 0, awaitingResponse: 0, overdue: 0 });
    expect(await countIncidentsByMonth({ provinceCode: "KH-22" })).toEqual([]);
  });
});
