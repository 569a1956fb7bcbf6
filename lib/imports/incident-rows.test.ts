import { describe, expect, it } from "vitest";
import { formatRow } from "@/lib/csv/format";
import { readCsvRecords, type CsvRecord } from "@/lib/csv/parse";
import { IMPORT_MAX_ROWS, IMPORT_TOO_MANY_ROWS } from "@/lib/imports/import-limits";
import { MAX_LISTED_PROBLEMS } from "@/lib/imports/import-report";
import { INCIDENT_COLUMNS } from "@/lib/csv/incident-columns";
import { INCIDENT_HEADER, INCIDENT_REFERENCE_MESSAGE, mapIncidentRows, referenceParts } from "@/lib/imports/incident-rows";

const ROW: Record<string, string> = {
  reference: "MI-2025-0042",
  occurred_on: "2025-08-09",
  country_code: "TH",
  province_code: "TH-33",
  province_name: "Si Sa Ket",
  locality: "Don Ao, Kantharalak",
  latitude: "14.3821",
  longitude: "104.6912",
  device_type: "anti_personnel_mine",
  device_model: "PMN-2",
  emplacement: "newly_laid",
  emplacement_basis: "",
  activity: "patrol",
  killed: "1",
  injured: "3",
  military_casualties: "2",
  deminer_casualties: "1",
  civilian_casualties: "0",
  verification: "reported",
  protest_status: "not_protested",
  response_overdue: "false",
  summary: "=Three soldiers were wounded",
  source_urls: "https://www.nationthailand.com/news/1 https://www.khaosodenglish.com/b?x=1,2",
  created_at: "2025-08-10T03:04:05.678Z",
  updated_at: "2025-08-11T03:04:05.678Z",
};

function file(rows: Record<string, string>[], { hxl = false } = {}): string {
  return (
    formatRow(INCIDENT_HEADER) +
    (hxl ? formatRow(INCIDENT_COLUMNS.map((c) => c.hxl)) : "") +
    rows.map((r) => formatRow(INCIDENT_HEADER.map((h) => r[h] ?? ""))).join("")
  );
}

function mapFile(text: string) {
  const { incidents, problems } = mapIncidentRows(readCsvRecords(text));
  return { incidents, problems: problems.listed, problemCount: problems.count };
}

describe("mapIncidentRows", () => {
  it("maps a row to the form's output: sources by host name, casualties from the counts", () => {
    const { incidents, problems } = mapFile(file([ROW], { hxl: true }));
    expect(problems).toEqual([]);
    expect(incidents).toHaveLength(1);
    const [incident] = incidents;
    expect(incident).toMatchObject({ line: 3, reference: "MI-2025-0042" });
    expect(incident!.createdAt?.toISOString()).toBe("2025-08-10T03:04:05.678Z");
    expect(incident!.updatedAt?.toISOString()).toBe("2025-08-11T03:04:05.678Z");
    const { input } = incident!;
    expect(input).toMatchObject({ provinceCode: "TH-33", latitude: 14.3821, summary: "=Three soldiers were wounded" });
    expect(input.sources.map((s) => [s.outlet, s.url])).toEqual([
      ["www.nationthailand.com", "https://www.nationthailand.com/news/1"],
      ["www.khaosodenglish.com", "https://www.khaosodenglish.com/b?x=1,2"],
    ]);
    expect(input.casualties.map((c) => `${c.category}/${c.outcome}/${c.sex}`)).toEqual([
      "military/killed/unknown",
      "military/injured/unknown",
      "deminer/injured/unknown",
      "unknown/injured/unknown",
    ]);
  });

  it("reports every problem with its line and column, and keeps the valid rows apart", () => {
    const bad = { ...ROW, reference: "MI-2025-0043", occurred_on: "2025-02-30", province_code: "KH-22", device_type: "bomb", source_urls: "" };
    const { incidents, problems } = mapFile(file([ROW, bad]));
    expect(incidents.map((i) => i.line)).toEqual([2]);
    expect(problems).toEqual(
      expect.arrayContaining([
        { line: 3, column: "occurred_on", message: "Enter the date as YYYY-MM-DD, e.g. 2025-07-16" },
        { line: 3, column: "province_code", message: "This province is not in the chosen country: choose one of its provinces" },
        { line: 3, column: "device_type", message: "Choose the device type (or Unknown)" },
        { line: 3, column: "source_urls", message: "Add at least one source" },
      ]),
    );
    expect(problems.every((p) => p.line === 3)).toBe(true);
  });

  it("checks the counts, the reference, the timestamps and repeated references", () => {
    const rows = [
      { ...ROW, reference: "MI-2025-0001", killed: "x" },
      { ...ROW, reference: "MI-2025-0002", military_casualties: "9" },
      { ...ROW, reference: "42", created_at: "yesterday" },
      { ...ROW, reference: "MI-2025-0004", source_urls: "ftp://example.org/a" },
      ROW,
      ROW,
    ];
    const { incidents, problems } = mapFile(file(rows));
    expect(problems.map((p) => `${p.line} ${p.column}`)).toEqual([
      "2 killed",
      "3 military_casualties",
      "4 reference",
      "4 created_at",
      "5 source_urls",
      "7 reference",
    ]);
    expect(incidents.map((i) => i.line)).toEqual([6]);
  });

  it("takes incident references only: another record's prefix is a problem at its line and column", () => {
    const rows = ["PR-2025-99999999", "CA-2025-0001", "XE-2025-0001", "MI-2025-123456789"].map((reference) => ({ ...ROW, reference }));
    const { incidents, problems } = mapFile(file(rows));
    expect(incidents).toEqual([]);
    expect(problems).toEqual([2, 3, 4, 5].map((line) => ({ line, column: "reference", message: INCIDENT_REFERENCE_MESSAGE })));
    expect(INCIDENT_REFERENCE_MESSAGE).toMatch(/MI-2025-0042/);
  });

  it("refuses a file whose header is not the incidents export's", () => {
    const { problems } = mapFile("reference,occurred_on\r\nMI-2025-0001,2025-08-09\r\n");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 1, column: "header" });
  });

  it("reads no further than a header that is not the export's", () => {
    function* records(): Generator<CsvRecord> {
      yield { line: 1, cells: [" "], cellCount: 1 };
      throw new Error("read past the header");
    }
    const { problems } = mapIncidentRows(records());
    expect(problems.listed).toEqual([expect.objectContaining({ line: 1, column: "header" })]);
  });

  it("stops past the row limit, with that one problem", () => {
    const { incidents, problems, problemCount } = mapFile(formatRow(INCIDENT_HEADER) + "x\r\n".repeat(IMPORT_MAX_ROWS + 5));
    expect(incidents).toEqual([]);
    expect(problems).toEqual([{ line: IMPORT_MAX_ROWS + 2, column: "row", message: IMPORT_TOO_MANY_ROWS }]);
    expect(problemCount).toBe(1);
  });

  it("lists the first problems and counts them all", () => {
    const { problems, problemCount } = mapFile(formatRow(INCIDENT_HEADER) + "x\r\n".repeat(MAX_LISTED_PROBLEMS + 1));
    expect(problems).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(problems.at(-1)).toEqual({ line: MAX_LISTED_PROBLEMS + 1, column: "row", message: "The row has 1 cells; the header has 25" });
    expect(problemCount).toBe(MAX_LISTED_PROBLEMS + 1);
  });

  it("refuses a row with the wrong number of cells", () => {
    const { problems } = mapFile(formatRow(INCIDENT_HEADER) + "MI-2025-0001,2025-08-09\r\n");
    expect(problems).toEqual([{ line: 2, column: "row", message: "The row has 2 cells; the header has 25" }]);
  });
});

describe("referenceParts", () => {
  it("splits a reference into its counter scope and number", () => {
    expect(referenceParts("MI-2025-0042")).toEqual({ scope: "MI-2025", number: 42 });
    expect(referenceParts("MI-2025-12345")).toEqual({ scope: "MI-2025", number: 12345 });
    expect(referenceParts("mi-2025-1")).toBeNull();
    expect(referenceParts("PR-2025-0042")).toBeNull();
  });
});
