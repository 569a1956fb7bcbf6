import { afterEach, describe, expect, it, vi } from "vitest";
import { csvExportResponse, type OpenRecords } from "@/lib/csv/response";

// What an export does with its client's place among the exports it may run at once
// (EXPORTS_PER_CLIENT); the streaming itself is tested in stream.test.ts.

const COLUMNS = [{ header: "reference", hxl: "#x_reference" }];

async function* records() {
  yield "MI-2025-0001\r\n";
}

const exportFor = (address: string, open: OpenRecords, method = "GET") =>
  csvExportResponse(new Request("http://localhost/api/export/incidents.csv", { method, headers: { "x-forwarded-for": address } }), null, "incidents", COLUMNS, open);

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("a CSV export's place among its client's exports", () => {
  it("is freed when opening the records throws", async () => {
    vi.stubEnv("EXPORTS_PER_CLIENT", "1");
    expect(() =>
      exportFor("192.0.2.1", () => {
        throw new Error("the filter could not be turned into SQL");
      }),
    ).toThrow("the filter could not be turned into SQL");
    const next = exportFor("192.0.2.1", () => records());
    expect(next.status).toBe(200);
    expect(await next.text()).toBe("reference\r\nMI-2025-0001\r\n");
  });

  it("is not taken by a HEAD request, which gets the headers of the download and opens no records", async () => {
    vi.stubEnv("EXPORTS_PER_CLIENT", "1");
    const open = vi.fn(() => records());
    const head = exportFor("192.0.2.2", open, "HEAD");
    expect(head.status).toBe(200);
    expect(head.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(head.headers.get("content-disposition")).toMatch(/^attachment; filename="incidents-.*\.csv"$/);
    expect(head.body).toBeNull();
    expect(open).not.toHaveBeenCalled();
    const next = exportFor("192.0.2.2", () => records());
    expect(next.status).toBe(200);
    await next.text();
  });

  it("answers a HEAD request with bad filters as the download would: 400", () => {
    const open = vi.fn(() => records());
    const head = csvExportResponse(new Request("http://localhost/api/export/incidents.csv?from=yesterday", { method: "HEAD" }), null, "incidents", COLUMNS, open);
    expect(head.status).toBe(400);
    expect(open).not.toHaveBeenCalled();
  });
});
