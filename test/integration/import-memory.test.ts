import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatRow } from "@/lib/csv/format";
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from "@/lib/imports/import-limits";
import { MAX_LISTED_PROBLEMS } from "@/lib/imports/import-report";
import type { ImportReport } from "@/lib/imports/import-report";
import { INCIDENT_HEADER } from "@/lib/imports/incident-rows";

// What a file of the largest size the import takes does to the server's memory:
// each import runs in a process of its own (test/support/measure-import.ts), which
// reports how far its resident memory rose during the call.

const LIMIT_BYTES = 200 * 1024 * 1024;
const run = promisify(execFile);
let dir: string;

type Measured = { growthBytes: number; report: Omit<ImportReport, "lines"> & { lines: number } };

async function measure(name: string, text: string): Promise<Measured> {
  const file = path.join(dir, name);
  await writeFile(file, text);
  const { stdout } = await run(
    process.execPath,
    ["--expose-gc", "--conditions=react-server", "--import", "tsx", "test/support/measure-import.ts", file, "check"],
    { env: process.env, maxBuffer: 1024 * 1024 },
  );
  return JSON.parse(stdout) as Measured;
}

/** `line` repeated after the header until the file is nearly the largest the import takes. */
function fill(header: string, line: string): string {
  return header + line.repeat(Math.floor((IMPORT_MAX_BYTES - header.length) / line.length));
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "import-memory-"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("import memory, for 10 MB files", () => {
  it("refuses a file of blank lines at its header, before reading the rest", async () => {
    const { growthBytes, report } = await measure("blank.csv", fill("", " \r\n"));
    console.info(`blank lines: memory rose by ${mb(growthBytes)}`);
    expect(report.problems).toEqual([expect.objectContaining({ line: 1, column: "header" })]);
    expect(report.problemCount).toBe(1);
    expect(growthBytes).toBeLessThan(LIMIT_BYTES);
  });

  it("stops at the row limit with a message", async () => {
    const { growthBytes, report } = await measure("tiny-rows.csv", fill(formatRow(INCIDENT_HEADER), "x\r\n"));
    console.info(`tiny rows: memory rose by ${mb(growthBytes)}`);
    expect(report.problems).toEqual([
      {
        line: IMPORT_MAX_ROWS + 2,
        column: "row",
        message: `The file has more than ${IMPORT_MAX_ROWS.toLocaleString("en")} incidents. Split it by date range (export with from and to) and import the parts one after the other.`,
      },
    ]);
    expect(report.problemCount).toBe(1);
    expect(growthBytes).toBeLessThan(LIMIT_BYTES);
  });

  it("refuses a row of millions of empty cells at its line, without holding them", async () => {
    const header = formatRow(INCIDENT_HEADER);
    const commas = IMPORT_MAX_BYTES - header.length - 2;
    const { growthBytes, report } = await measure("wide-row.csv", header + ",".repeat(commas) + "\r\n");
    console.info(`${commas} commas: memory rose by ${mb(growthBytes)}`);
    expect(report.problems).toEqual([
      { line: 2, column: "row", message: `The row has ${(commas + 1).toLocaleString("en")} cells; the header has ${INCIDENT_HEADER.length}` },
    ]);
    expect(report.problemCount).toBe(1);
    expect(growthBytes).toBeLessThan(LIMIT_BYTES);
  });

  it("lists the first 1,000 problems of a file full of them, and counts them all", async () => {
    // Rows of the header's width, every cell wrong: a dozen problems a row.
    const row = formatRow(INCIDENT_HEADER.map(() => "x".repeat(7)));
    const rows = Math.min(IMPORT_MAX_ROWS, Math.floor(IMPORT_MAX_BYTES / row.length) - 1);
    const { growthBytes, report } = await measure("bad-rows.csv", formatRow(INCIDENT_HEADER) + row.repeat(rows));
    console.info(`${rows} bad rows: memory rose by ${mb(growthBytes)}, ${report.problemCount} problems`);
    expect(report.problems).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(report.problems[0]).toMatchObject({ line: 2, column: "reference" });
    expect(report.problemCount).toBeGreaterThan(rows * 5);
    expect(report.message).toBe(
      `${report.problemCount.toLocaleString("en")} problems found (the first 1,000 are listed): nothing would be imported. Correct the file and check it again.`,
    );
    expect(growthBytes).toBeLessThan(LIMIT_BYTES);
  });
});
