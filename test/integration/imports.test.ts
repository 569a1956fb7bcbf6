import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { POST as importRoute } from "@/app/api/import/incidents/route";
import { csvChunks } from "@/lib/csv/document";
import { streamOf } from "@/lib/csv/stream";
import { INCIDENT_COLUMNS } from "@/lib/csv/incident-columns";
import { getPrisma } from "@/lib/db";
import { exportIncidents } from "@/lib/data/exports/export-incidents";
import { closeExportPool } from "@/lib/data/exports/export-pool";
import { importIncidents } from "@/lib/data/imports/import-incidents";
import { createIncident } from "@/lib/data/incidents/create-incident";
import { IMPORT_MAX_BYTES } from "@/lib/imports/import-limits";
import { INCIDENT_REFERENCE_MESSAGE } from "@/lib/imports/incident-rows";
import { parseIncidentFilter } from "@/lib/validations/incident-filter";
import { createDatabase, dropDatabase, uniqueName } from "../support/databases";
import { incidentInput } from "../support/incident-input";
import { signedIn } from "../support/sessions";

// Export from this file's database, import into an empty second registry, export
// again: the two files must be the same bytes. Incidents have no protests, as
// protest steps are not part of the file and protest_status would differ.

const holder = globalThis as unknown as { registryPrisma?: PrismaClient };
const serverUrl = inject("serverUrl");
const emptyName = uniqueName("registry_import");
let sourceUrl: string;
let sourceClient: PrismaClient | undefined;
let emptyUrl: string;

async function exportText(options = { bom: false, hxl: false }): Promise<string> {
  const filter = parseIncidentFilter({});
  if (!filter.ok) throw new Error(filter.errors.join("; "));
  const chunks = csvChunks(INCIDENT_COLUMNS, exportIncidents(filter.filter, new AbortController().signal), options);
  // Decoded as the file's bytes are, a BOM included.
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(streamOf(chunks)).arrayBuffer());
}

/** Points the data layer (getPrisma) at another database. */
function useDatabase(url: string, client?: PrismaClient) {
  process.env.DATABASE_URL = url;
  holder.registryPrisma = client;
}

let references: string[];
const APOSTROPHES = { locality: "'=1+1", deviceModel: "''x", emplacementBasis: "'-" };

beforeAll(async () => {
  sourceUrl = process.env.DATABASE_URL!;
  references = [
    await createIncident(
      incidentInput({
        occurredOn: "2025-08-09",
        locality: 'Ban "Nong", Kantharalak',
        latitude: "14.3821",
        longitude: "-12.5",
        emplacementBasis: "line one\nline two\r\nline three",
        summary: "=SUM(A1), a formula",
        deviceModel: "@PMN-2",
        sources: [
          { outlet: "The Nation", url: "https://www.nationthailand.com/a?x=1,2", publishedOn: "" },
          { outlet: "Khaosod", url: "https://www.khaosodenglish.com/b", publishedOn: "" },
        ],
        casualties: [
          { category: "military", outcome: "injured", nationality: "TH", sex: "male", age: "24", injuries: "", unit: "" },
          { category: "civilian", outcome: "killed", nationality: "", sex: "female", age: "", injuries: "", unit: "" },
          { category: "police", outcome: "injured", nationality: "", sex: "unknown", age: "", injuries: "", unit: "" },
        ],
      }),
    ),
    // The same day as the first: the export orders the two by id.
    // Text that really begins with an apostrophe before a formula sign, or with two apostrophes.
    await createIncident(
      incidentInput({ occurredOn: "2025-08-09", summary: "Second the same day", locality: APOSTROPHES.locality, deviceModel: APOSTROPHES.deviceModel, emplacementBasis: APOSTROPHES.emplacementBasis, casualties: [] }),
    ),
    await createIncident(
      incidentInput({
        occurredOn: "2025-08-01",
        countryCode: "KH",
        provinceCode: "KH-22",
        locality: "ឧត្ដរមានជ័យ",
        emplacement: "legacy",
        deviceModel: "=cmd",
        summary: "Near ศรีสะเกษ and ឧត្ដរមានជ័យ, \"reported\", -3 metres",
        casualties: [{ category: "deminer", outcome: "killed", nationality: "KH", sex: "male", age: "31", injuries: "", unit: "CMAC" }],
      }),
    ),
  ];
  // Timestamps that differ from the import's own clock, so keeping them is tested.
  await getPrisma().incident.updateMany({ data: { createdAt: new Date("2025-08-10T01:02:03.456Z"), updatedAt: new Date("2025-08-12T07:08:09.012Z") } });
  sourceClient = holder.registryPrisma;
  emptyUrl = await createDatabase(serverUrl, emptyName, inject("templateDatabase"));
});

afterAll(async () => {
  await holder.registryPrisma?.$disconnect();
  await closeExportPool();
  useDatabase(sourceUrl, sourceClient);
  await dropDatabase(serverUrl, emptyName);
});

describe("incident import", () => {
  it("re-imports an export into an empty registry, which then exports the same bytes", async () => {
    const original = await exportText();
    expect(original.split("\r\n").length).toBeGreaterThan(4);
    const forImport = await exportText({ bom: true, hxl: true });

    useDatabase(emptyUrl);
    const check = await importIncidents(forImport, "check");
    expect(check).toMatchObject({ mode: "check", written: false, problems: [] });
    // Lines as a spreadsheet numbers them: the second incident's cell spans three.
    expect(check.lines.map((l) => [l.line, l.action])).toEqual([[3, "create"], [4, "create"], [7, "create"]]);
    expect(await getPrisma().incident.count()).toBe(0);

    const report = await importIncidents(forImport, "import");
    expect(report).toMatchObject({ written: true, problems: [], message: "3 incidents imported." });
    expect(await exportText()).toBe(original);
    const stored = await getPrisma().incident.findMany({ orderBy: { reference: "asc" }, select: { locality: true, deviceModel: true, emplacementBasis: true } });
    expect(stored[1]).toEqual(APOSTROPHES);
    expect(stored[2]!.deviceModel).toBe("=cmd");
  });

  it("skips what is already there, so importing a file again adds nothing", async () => {
    const file = await exportText();
    const before = await getPrisma().incident.count();
    const report = await importIncidents(file, "import");
    expect(report.lines.every((l) => l.action === "skip")).toBe(true);
    expect(report.message).toBe("0 incidents imported; 3 incidents already in the registry were skipped.");
    expect(await getPrisma().incident.count()).toBe(before);
    expect(await getPrisma().casualty.count()).toBe(4);
  });

  it("raises the reference counter past the imported references", async () => {
    const next = await createIncident(incidentInput({ occurredOn: "2025-09-01", casualties: [] }));
    expect(references).not.toContain(next);
    const highest = Math.max(...references.map((r) => Number(r.slice(-4))));
    expect(next).toBe(`MI-2025-${String(highest + 1).padStart(4, "0")}`);
  });

  it("writes nothing when one line of the file is invalid", async () => {
    const db = getPrisma();
    const [header, ...rows] = (await exportText()).trimEnd().split("\r\n");
    const renumber = (row: string, n: number) => row.replace(/^MI-2025-\d{4}/, `MI-2025-${9000 + n}`);
    const good = renumber(rows.find((r) => r.includes("Second the same day"))!, 1);
    const bad = renumber(good, 2).replace(",TH-33,", ",KH-22,");
    const before = await db.incident.count();
    const report = await importIncidents([header, good, bad, ""].join("\r\n"), "import");
    expect(report.written).toBe(false);
    expect(report.problems).toEqual([
      { line: 3, column: "province_code", message: "This province is not in the chosen country: choose one of its provinces" },
    ]);
    expect(report.message).toMatch(/^1 problem found: nothing was imported/);
    expect(await db.incident.count()).toBe(before);
    expect(await db.incident.findUnique({ where: { reference: "MI-2025-9001" } })).toBeNull();
  });

  it("takes incident references only, so no other record's counter is raised", async () => {
    const [header, ...rows] = (await exportText()).trimEnd().split("\r\n");
    const row = rows.find((r) => r.includes("Second the same day"))!.replace(/^MI-2025-\d{4}/, "PR-2025-99999999");
    const report = await importIncidents([header, row, ""].join("\r\n"), "import");
    expect(report.written).toBe(false);
    expect(report.problems).toEqual([{ line: 2, column: "reference", message: INCIDENT_REFERENCE_MESSAGE }]);
    expect(await getPrisma().$queryRaw`SELECT scope FROM reference_counters WHERE scope NOT LIKE 'MI-%'`).toEqual([]);
  });

  it("answers the upload route with a report, and 413 for a file over the limit", async () => {
    const { cookie } = await signedIn("editor");
    const form = new FormData();
    form.set("file", new File([await exportText()], "incidents.csv", { type: "text/csv" }));
    form.set("mode", "check");
    const response = await importRoute(new Request("http://localhost/api/import/incidents", { method: "POST", body: form, headers: { cookie } }));
    expect(response.status).toBe(200);
    const report = (await response.json()) as { lines: { action: string }[] };
    expect(report.lines.length).toBeGreaterThan(0);

    const huge = new FormData();
    huge.set("file", new File(["x".repeat(IMPORT_MAX_BYTES + 100 * 1024)], "big.csv"));
    huge.set("mode", "check");
    const refused = await importRoute(new Request("http://localhost/api/import/incidents", { method: "POST", body: huge, headers: { cookie } }));
    expect(refused.status).toBe(413);
    expect(((await refused.json()) as { message: string }).message).toMatch(/larger than 10 MB/);
  });
});
