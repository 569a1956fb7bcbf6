import { describe, expect, it } from "vitest";
import { exportFilename, parseCsvOptions, searchParamsRecord } from "@/lib/csv/options";
import { parseProtestExportFilter, protestExportSearchParams } from "@/lib/validations/protest-export-filter";

describe("CSV options", () => {
  it("take bom=1 and hxl=1 and refuse other values", () => {
    expect(parseCsvOptions({})).toEqual({ ok: true, options: { bom: false, hxl: false } });
    expect(parseCsvOptions({ bom: "1", hxl: "1" })).toEqual({ ok: true, options: { bom: true, hxl: true } });
    expect(parseCsvOptions({ bom: "yes" })).toEqual({ ok: false, errors: ["bom: use bom=1 or leave it out"] });
    expect(parseCsvOptions({ hxl: ["1", "1"] })).toMatchObject({ ok: false });
  });

  it("name the file after the export and the UTC day", () => {
    expect(exportFilename("incidents", new Date("2025-08-09T23:30:00Z"))).toBe("incidents-2025-08-09.csv");
  });

  it("keep a repeated query key as a list, so the filter can refuse it", () => {
    expect(searchParamsRecord(new URLSearchParams("province=TH-33&country=TH&country=KH"))).toEqual({
      province: "TH-33",
      country: ["TH", "KH"],
    });
  });
});

describe("the /protests filters of protests.csv", () => {
  it("travel under their export names and come back the same", () => {
    const filter = { status: "sent", kind: "article_8_2_request", from: "2025-08-01", to: "2025-08-31", overdue: true, includeArchived: true } as const;
    const sort = { column: "response_due_on", dir: "asc" } as const;
    const params = protestExportSearchParams(filter, sort);
    expect(params.toString()).toBe(
      "archived=1&status=sent&kind=article_8_2_request&sent_from=2025-08-01&sent_to=2025-08-31&protest_overdue=1&protest_archived=1&protest_sort=response_due_on&protest_dir=asc",
    );
    expect(parseProtestExportFilter(Object.fromEntries(params))).toEqual({ ok: true, filter, sort });
  });

  it("leave the default order and archived steps out of the link", () => {
    const params = protestExportSearchParams({ overdue: false, includeArchived: false }, { column: "sent_on", dir: "desc" });
    expect(params.toString()).toBe("archived=1");
    expect(parseProtestExportFilter(Object.fromEntries(params))).toEqual({
      ok: true,
      filter: { overdue: false, includeArchived: false },
      sort: { column: "sent_on", dir: "desc" },
    });
  });

  it("are refused by their export names", () => {
    expect(parseProtestExportFilter({ sent_from: "yesterday" })).toEqual({
      ok: false,
      errors: ["sent_from: The from date must be YYYY-MM-DD"],
    });
    expect(parseProtestExportFilter({ protest_archived: "yes", protest_sort: "reference", protest_dir: "up" })).toEqual({
      ok: false,
      errors: [
        "protest_archived: archived must be 1 or 0",
        "protest_sort: Unknown sort column: use one of sent_on, response_due_on, status",
        "protest_dir: Unknown direction: use asc or desc",
      ],
    });
  });
});
