import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as incidentsCsv } from "@/app/api/export/incidents.csv/route";
import { listIncidents } from "@/lib/data/incidents/list-incidents";
import { createIncident } from "@/lib/data/incidents/create-incident";
import { createProtest } from "@/lib/data/protests/create-protest";
import { INCIDENT_SORT_COLUMNS } from "@/lib/incidents/incident-sort";
import { parseIncidentFilter } from "@/lib/validations/incident-filter";
import { incidentInput } from "../support/incident-input";
import { protestInput } from "../support/protest-input";

// The export's order is part of its contract with /incidents: these tests are about
// the order, who may download is tested in access.test.ts.
vi.stubEnv("PUBLIC_READ", "1");

const locality = `sort-${randomUUID().slice(0, 8)}`;
const injured = { category: "civilian", outcome: "injured", nationality: "", sex: "unknown", age: "", injuries: "", unit: "" } as const;
const killed = { ...injured, outcome: "killed" } as const;
// Created in this order, so ids (the tie-break) rise from a to d.
let refs: { a: string; b: string; c: string; d: string };

beforeAll(async () => {
  const a = await createIncident(incidentInput({ locality, occurredOn: "2025-08-02", provinceCode: "TH-33", casualties: [killed, injured] }));
  const b = await createIncident(incidentInput({ locality, occurredOn: "2025-08-01", countryCode: "KH", provinceCode: "KH-22", casualties: [] }));
  const c = await createIncident(incidentInput({ locality, occurredOn: "2025-08-02", provinceCode: "TH-33", casualties: [killed, killed, injured] }));
  const d = await createIncident(incidentInput({ locality, occurredOn: "2025-08-03", provinceCode: "TH-33", casualties: [injured, injured] }));
  await createProtest(protestInput({ kind: "bilateral_protest", recipient: "KH", incidents: [b] }));
  await createProtest(protestInput({ incidents: [d] }));
  refs = { a, b, c, d };
});

async function listed(query: Record<string, string>): Promise<string[]> {
  const parsed = parseIncidentFilter({ q: locality, ...query });
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  return (await listIncidents(parsed.filter)).items.map((i) => i.reference);
}

async function exported(query: Record<string, string>): Promise<string[]> {
  const params = new URLSearchParams({ q: locality, ...query });
  const text = await (await incidentsCsv(new Request(`http://localhost/api/export/incidents.csv?${params}`))).text();
  return text.split("\r\n").slice(1, -1).map((line) => line.split(",")[0]!);
}

describe("sorting /incidents", () => {
  it("orders by each column, ties broken by id in the same direction", async () => {
    const { a, b, c, d } = refs;
    expect(await listed({})).toEqual([d, c, a, b]);
    expect(await listed({ sort: "date", dir: "asc" })).toEqual([b, a, c, d]);
    expect(await listed({ sort: "reference" })).toEqual([a, b, c, d]);
    // Oddar Meanchey before Si Sa Ket.
    expect(await listed({ sort: "province" })).toEqual([b, a, c, d]);
    expect(await listed({ sort: "killed" })).toEqual([c, a, d, b]);
    expect(await listed({ sort: "injured", dir: "asc" })).toEqual([b, a, c, d]);
    // The ladder: not protested, protested, clarification requested.
    expect(await listed({ sort: "protest_status" })).toEqual([a, c, b, d]);
  });

  it("exports the incidents CSV in the list's order for every column and direction", async () => {
    for (const sort of INCIDENT_SORT_COLUMNS) {
      for (const dir of ["asc", "desc"]) {
        expect({ sort, dir, refs: await exported({ sort, dir }) }).toEqual({ sort, dir, refs: await listed({ sort, dir }) });
      }
    }
  });

  it("answers an unknown sort column with 400 and the message", async () => {
    const response = await incidentsCsv(new Request("http://localhost/api/export/incidents.csv?sort=deaths"));
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("sort: Unknown sort column");
  });
});
