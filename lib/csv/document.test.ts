import { describe, expect, it } from "vitest";
import type { CsvColumn } from "@/lib/csv/columns";
import { csvChunks, formattedRecords } from "@/lib/csv/document";
import { INCIDENT_COLUMNS } from "@/lib/csv/incident-columns";

type Row = { code: string; killed: number };
const columns: CsvColumn<Row>[] = [
  { header: "province_code", hxl: "#adm1+code", value: (r) => r.code },
  { header: "killed", hxl: "#affected+killed", value: (r) => r.killed },
];

async function* batches(...list: Row[][]) {
  for (const batch of list) yield batch;
}

async function text(chunks: AsyncIterable<string | Uint8Array>) {
  let all = "";
  for await (const chunk of chunks) all += typeof chunk === "string" ? chunk : new TextDecoder().decode(chunk);
  return all;
}

const records = (...list: Row[][]) => formattedRecords(columns, batches(...list));

describe("a CSV document", () => {
  it("is a header row and one CRLF-ended row per record", async () => {
    const csv = await text(csvChunks(columns, records([{ code: "TH-33", killed: 1 }], [], [{ code: "KH-22", killed: 0 }]), { bom: false, hxl: false }));
    expect(csv).toBe("province_code,killed\r\nTH-33,1\r\nKH-22,0\r\n");
  });

  it("starts with a UTF-8 BOM only when asked", async () => {
    const withBom = await text(csvChunks(columns, records(), { bom: true, hxl: false }));
    expect(withBom).toBe("\uFEFFprovince_code,killed\r\n");
    expect(new TextEncoder().encode(withBom).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(await text(csvChunks(columns, records(), { bom: false, hxl: false }))).not.toContain("\uFEFF");
  });

  it("passes records that are bytes already (PostgreSQL's COPY) through unchanged", async () => {
    async function* copied() {
      yield new TextEncoder().encode("TH-33,1\r\n");
    }
    const csv = await text(csvChunks(columns, copied(), { bom: false, hxl: false }));
    expect(csv).toBe("province_code,killed\r\nTH-33,1\r\n");
  });

  it("has the HXL hashtag row right under the header when asked", async () => {
    const csv = await text(csvChunks(columns, records([{ code: "TH-33", killed: 2 }]), { bom: true, hxl: true }));
    expect(csv.split("\r\n")).toEqual(["\uFEFFprovince_code,killed", "#adm1+code,#affected+killed", "TH-33,2", ""]);
  });

  it("yields the header before reading any row, so the download starts at once", async () => {
    let read = false;
    async function* slow() {
      read = true;
      yield [{ code: "TH-33", killed: 0 }];
    }
    const chunks = csvChunks(columns, formattedRecords(columns, slow()), { bom: false, hxl: false });
    expect((await chunks.next()).value).toBe("province_code,killed\r\n");
    expect(read).toBe(false);
  });
});

describe("the incidents columns", () => {
  it("are the contract's, in its order", () => {
    expect(INCIDENT_COLUMNS.map((c) => c.header).join(", ")).toBe(
      "reference, occurred_on, country_code, province_code, province_name, locality, latitude, longitude, " +
        "device_type, device_model, emplacement, emplacement_basis, activity, killed, injured, " +
        "military_casualties, deminer_casualties, civilian_casualties, verification, protest_status, " +
        "response_overdue, summary, source_urls, created_at, updated_at",
    );
  });

  it("carry valid HXL hashtags (#tag+attribute, lower case)", () => {
    for (const column of INCIDENT_COLUMNS) expect(column.hxl).toMatch(/^#[a-z][a-z0-9_]*(\+[a-z][a-z0-9_]*)*$/);
    const tags = Object.fromEntries(INCIDENT_COLUMNS.map((c) => [c.header, c.hxl]));
    expect(tags).toMatchObject({ occurred_on: "#date+occurred", province_code: "#adm1+code", killed: "#affected+killed" });
  });
});
