import { execFileSync } from "node:child_process";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as casualtiesCsv } from "@/app/api/export/casualties.csv/route";
import { GET as incidentsCsv } from "@/app/api/export/incidents.csv/route";
import { GET as protestsCsv } from "@/app/api/export/protests.csv/route";
import { GET as provincesCsv } from "@/app/api/export/provinces.csv/route";
import { INCIDENT_COLUMNS } from "@/lib/csv/incident-columns";
import { getPrisma } from "@/lib/db";
import { createIncident } from "@/lib/data/incidents/create-incident";
import { listIncidents } from "@/lib/data/incidents/list-incidents";
import { createProtest } from "@/lib/data/protests/create-protest";
import { getIncidentProtests } from "@/lib/data/protests/incident-protests";
import { listProtests } from "@/lib/data/protests/list-protests";
import { protestExportSearchParams } from "@/lib/validations/protest-export-filter";
import { parseProtestFilter } from "@/lib/validations/protest-filter";
import { parseProtestSort } from "@/lib/validations/protest-sort";
import { parseIncidentFilter } from "@/lib/validations/incident-filter";
import { incidentInput } from "../support/incident-input";
import { protestInput } from "../support/protest-input";

// The exports are read back with Python's csv module: a parser written by other
// people, as the tools downstream (pandas, R, Excel) are.
const PARSE = `
import csv, io, json, sys
text = sys.stdin.buffer.read().decode("utf-8")
print(json.dumps(list(csv.reader(io.StringIO(text, newline="")))))
`;

// These tests are about the files; who may download them is tested in access.test.ts.
vi.stubEnv("PUBLIC_READ", "1");

function parseCsv(text: string): string[][] {
  return JSON.parse(execFileSync("python3", ["-c", PARSE], { input: text, encoding: "utf8" })) as string[][];
}

/** Rows as objects keyed by the header, the HXL row (if any) left out. */
function records(text: string, { hxl = false } = {}): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  return (hxl ? rows.slice(1) : rows).map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i]!])));
}

async function get(handler: (request: Request) => Response | Promise<Response>, query = ""): Promise<Response> {
  return handler(new Request(`http://localhost/api/export/x.csv${query}`));
}


const HEADER =
  "reference, occurred_on, country_code, province_code, province_name, locality, latitude, longitude, " +
  "device_type, device_model, emplacement, emplacement_basis, activity, killed, injured, " +
  "military_casualties, deminer_casualties, civilian_casualties, verification, protest_status, " +
  "response_overdue, summary, source_urls, created_at, updated_at";

let tricky: string; // TH-33, formula summary, quotes, commas, newlines
let khmer: string; // KH-22, Thai and Khmer text, an overdue Article 8.2 request
let archived: string; // TH-33, archived
let drafted: string; // TH-33, same day as `tricky`, a drafted protest

beforeAll(async () => {
  tricky = await createIncident(
    incidentInput({
      occurredOn: "2025-08-09",
      locality: 'Ban "Nong", Kantharalak',
      latitude: "14.3821",
      longitude: "-12.5",
      emplacementBasis: "line one\nline two\r\nline three",
      summary: "=SUM(A1)",
      deviceModel: "@PMN-2",
      sources: [
        { outlet: "The Nation", url: "https://www.nationthailand.com/a?x=1,2", publishedOn: "" },
        { outlet: "Khaosod", url: "https://www.khaosodenglish.com/b", publishedOn: "" },
      ],
      casualties: [
        { category: "military", outcome: "injured", nationality: "TH", sex: "male", age: "24", injuries: "Foot amputated", unit: "" },
        { category: "military", outcome: "killed", nationality: "TH", sex: "unknown", age: "", injuries: "", unit: "" },
        { category: "civilian", outcome: "injured", nationality: "", sex: "female", age: "", injuries: "", unit: "" },
      ],
    }),
  );
  khmer = await createIncident(
    incidentInput({
      occurredOn: "2025-08-01",
      countryCode: "KH",
      provinceCode: "KH-22",
      locality: "ឧត្ដរមានជ័យ",
      emplacement: "legacy",
      summary: "Near ศรีสะเกษ and ឧត្ដរមានជ័យ, \"reported\", -3 metres",
      casualties: [{ category: "deminer", outcome: "killed", nationality: "KH", sex: "male", age: "31", injuries: "", unit: "CMAC" }],
    }),
  );
  archived = await createIncident(incidentInput({ occurredOn: "2025-07-20", summary: "+archived one", casualties: [] }));
  await getPrisma().incident.update({ where: { reference: archived }, data: { archivedAt: new Date() } });
  drafted = await createIncident(incidentInput({ occurredOn: "2025-08-09", summary: "Drafted protest", emplacement: "undetermined", casualties: [] }));

  await createProtest(protestInput({ incidents: [khmer] }));
  await createProtest(protestInput({ kind: "bilateral_protest", recipient: "KH", status: "draft", sentOn: "", incidents: [drafted] }));
});

describe("incidents.csv", () => {
  it("is RFC 4180 text with the contract's header that round-trips every value", async () => {
    const response = await get(incidentsCsv);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="incidents-\d{4}-\d{2}-\d{2}\.csv"$/);
    const text = await response.text();

    // Outside quoted cells, every line ends with CRLF.
    const unquoted = text.replace(/"(?:[^"]|"")*"/g, "");
    expect(unquoted).not.toMatch(/[^\r]\n/);
    expect(text.endsWith("\r\n")).toBe(true);

    const [header] = parseCsv(text);
    expect(header!.join(", ")).toBe(HEADER);

    const rows = records(text);
    // Newest first, ties by id descending; the archived incident left out.
    expect(rows.map((r) => r.reference)).toEqual([drafted, tricky, khmer]);
    const stored = await getPrisma().incident.findUniqueOrThrow({ where: { reference: tricky }, select: { createdAt: true, updatedAt: true } });
    expect(rows[1]).toEqual({
      reference: tricky,
      occurred_on: "2025-08-09",
      country_code: "TH",
      province_code: "TH-33",
      province_name: "Si Sa Ket",
      locality: 'Ban "Nong", Kantharalak',
      latitude: "14.3821",
      longitude: "-12.5",
      device_type: "anti_personnel_mine",
      device_model: "'@PMN-2",
      emplacement: "newly_laid",
      emplacement_basis: "line one\nline two\r\nline three",
      activity: "patrol",
      killed: "1",
      injured: "2",
      military_casualties: "2",
      deminer_casualties: "0",
      civilian_casualties: "1",
      verification: "reported",
      protest_status: "not_protested",
      response_overdue: "false",
      summary: "'=SUM(A1)",
      source_urls: "https://www.nationthailand.com/a?x=1,2 https://www.khaosodenglish.com/b",
      created_at: stored.createdAt.toISOString(),
      updated_at: stored.updatedAt.toISOString(),
    });
    expect(rows[1]!.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(rows[2]).toMatchObject({
      country_code: "KH",
      province_code: "KH-22",
      locality: "ឧត្ដរមានជ័យ",
      latitude: "",
      longitude: "",
      emplacement: "legacy",
      killed: "1",
      injured: "0",
      deminer_casualties: "1",
      summary: 'Near ศรีสะเกษ and ឧត្ដរមានជ័យ, "reported", -3 metres',
      protest_status: "clarification_requested",
      response_overdue: "true",
    });
    expect(rows[0]).toMatchObject({ protest_status: "protest_drafted", killed: "0", injured: "0", response_overdue: "false" });
  });

  it("gives each incident the protest status its page shows", async () => {
    for (const row of records(await (await get(incidentsCsv, "?archived=1")).text())) {
      const derived = await getIncidentProtests(row.reference!);
      expect([row.reference, row.protest_status, row.response_overdue]).toEqual([row.reference, derived.status, String(derived.overdue)]);
    }
  });

  it("applies the filters of /incidents, archived ones only with archived=1", async () => {
    const references = async (query: string) => records(await (await get(incidentsCsv, query)).text()).map((r) => r.reference);
    expect(await references("?province=TH-33")).toEqual([drafted, tricky]);
    expect(await references("?province=TH-33&archived=1")).toEqual([drafted, tricky, archived]);
    expect(await references("?country=KH")).toEqual([khmer]);
    expect(await references("?protest_status=clarification_requested")).toEqual([khmer]);
    expect(await references("?q=%3DSUM")).toEqual([tricky]);
    expect(await references("?from=2025-08-02&to=2025-08-31")).toEqual([drafted, tricky]);
    const archivedRow = records(await (await get(incidentsCsv, "?archived=1")).text()).find((r) => r.reference === archived);
    expect(archivedRow?.summary).toBe("'+archived one");
  });

  it("holds exactly the incidents the list shows for the same filter, in its order", async () => {
    const queries = ["", "?archived=1", "?province=TH-33", "?country=KH", "?emplacement=undetermined", "?q=%25", "?q=ban+%22nong", "?q=si+sa",
      ...["not_protested", "protest_drafted", "clarification_requested", "protested"].map((s) => `?protest_status=${s}`), "?overdue=1"];
    for (const query of queries) {
      const filter = parseIncidentFilter(Object.fromEntries(new URLSearchParams(query)));
      if (!filter.ok) throw new Error(filter.errors.join("; "));
      const listed = await listIncidents(filter.filter);
      const exported = records(await (await get(incidentsCsv, query)).text());
      expect(exported.map((r) => r.reference), query).toEqual(listed.items.map((i) => i.reference));
      expect(exported.map((r) => [r.protest_status, r.response_overdue]), query).toEqual(
        listed.items.map((i) => [i.protestStatus, String(i.responseOverdue)]),
      );
    }
  });

  it("adds a BOM and the HXL row when asked", async () => {
    const bytes = new Uint8Array(await (await get(incidentsCsv, "?bom=1&hxl=1&province=TH-33")).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).slice(1);
    const [, hxl] = parseCsv(text);
    expect(hxl).toEqual(INCIDENT_COLUMNS.map((c) => c.hxl));
    expect(hxl).toContain("#date+occurred");
    expect(records(text, { hxl: true })).toHaveLength(2);
  });

  it("answers a bad filter with a 400 that says what is wrong", async () => {
    for (const query of ["?device_type=bomb", "?province=XX-99", "?from=2025-13-01", "?bom=yes", "?country=TH&country=KH"]) {
      const response = await get(incidentsCsv, query);
      expect(response.status, query).toBe(400);
      expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    }
    expect(await (await get(incidentsCsv, "?device_type=bomb")).text()).toContain("device_type: Unknown device type");
  });
});

describe("the other exports", () => {
  it("casualties.csv has one row per casualty of the matching incidents", async () => {
    const rows = records(await (await get(casualtiesCsv, "?province=TH-33")).text());
    expect(rows.map((r) => [r.incident_reference, r.province_code, r.category, r.outcome, r.nationality, r.age])).toEqual([
      [tricky, "TH-33", "military", "injured", "TH", "24"],
      [tricky, "TH-33", "military", "killed", "TH", ""],
      [tricky, "TH-33", "civilian", "injured", "", ""],
    ]);
    expect(rows[0]).toMatchObject({ province_name: "Si Sa Ket", injuries: "Foot amputated", sex: "male", position: "0" });
  });

  it("protests.csv has the protests covering a matching incident", async () => {
    const all = records(await (await get(protestsCsv)).text());
    expect(all).toHaveLength(2);
    const [article8] = records(await (await get(protestsCsv, "?country=KH")).text());
    expect(article8).toMatchObject({
      kind: "article_8_2_request",
      from_state: "TH",
      recipient: "un_secretary_general",
      sent_on: "2025-08-15",
      response_due_on: "2025-09-12",
      response_received_on: "",
      status: "sent",
      overdue: "true",
      incident_references: khmer,
    });
    expect(records(await (await get(protestsCsv, "?country=KH&status=draft")).text())).toHaveLength(0);
    expect(records(await (await get(protestsCsv, "?archived=1&protest_overdue=1")).text()).map((r) => r.kind)).toEqual(["article_8_2_request"]);
    expect((await get(protestsCsv, "?sent_from=soon")).status).toBe(400);
  });

  it("protests.csv from the /protests page's link lists exactly what that page lists, in its order", async () => {
    const views = [{}, { status: "draft" }, { kind: "article_8_2_request" }, { overdue: "1" }, { from: "2025-08-01", to: "2025-08-31" },
      { archived: "1" }, { sort: "response_due_on" }, { sort: "status", dir: "desc" }, { sort: "sent_on", dir: "asc", archived: "1" }];
    for (const params of views) {
      const parsed = parseProtestFilter(params);
      const sorted = parseProtestSort(params);
      if (!parsed.ok || !sorted.ok) throw new Error(JSON.stringify(params));
      const listed = (await listProtests(parsed.filter, sorted.sort)).items.map((p) => p.reference);
      const query = `?${protestExportSearchParams(parsed.filter, sorted.sort).toString()}`;
      const exported = records(await (await get(protestsCsv, query)).text()).map((r) => r.reference);
      expect(exported, JSON.stringify(params)).toEqual(listed);
    }
  });

  it("provinces.csv totals the matching incidents per province", async () => {
    const rows = records(await (await get(provincesCsv)).text());
    expect(rows).toEqual([
      { country_code: "KH", province_code: "KH-22", province_name: rows[0]!.province_name, incidents: "1", killed: "1", injured: "0", newly_laid: "0", legacy: "1", undetermined: "0" },
      { country_code: "TH", province_code: "TH-33", province_name: "Si Sa Ket", incidents: "2", killed: "1", injured: "2", newly_laid: "1", legacy: "0", undetermined: "1" },
    ]);
    const withArchived = records(await (await get(provincesCsv, "?archived=1&province=TH-33")).text());
    expect(withArchived).toMatchObject([{ incidents: "3", newly_laid: "2" }]);
  });
});
