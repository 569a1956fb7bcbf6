import { describe, expect, it } from "vitest";
import { filterToSearchParams, parseIncidentFilter } from "@/lib/validations/incident-filter";

describe("incident list filters", () => {
  it("reads a shared URL into a filter and writes it back", () => {
    const parsed = parseIncidentFilter({
      q: " PMN-2 ",
      country: "th",
      province: "TH-33",
      from: "2025-07-01",
      to: "2025-12-31",
      device_type: "anti_personnel_mine",
      emplacement: "newly_laid",
      verification: "reported",
      protest_status: "clarification_requested",
      overdue: "1",
      page: "2",
      sort: "killed",
      utm_source: "ignored",
    });
    expect(parsed).toEqual({
      ok: true,
      filter: {
        q: "PMN-2",
        country: "TH",
        province: "TH-33",
        from: "2025-07-01",
        to: "2025-12-31",
        device_type: "anti_personnel_mine",
        emplacement: "newly_laid",
        verification: "reported",
        protest_status: "clarification_requested",
        overdue: true,
        page: 2,
        includeArchived: false,
        sort: { column: "killed", dir: "desc" },
      },
    });
    if (!parsed.ok) return;
    expect(filterToSearchParams(parsed.filter).toString()).toBe(
      "q=PMN-2&country=TH&province=TH-33&from=2025-07-01&to=2025-12-31&device_type=anti_personnel_mine&emplacement=newly_laid&verification=reported&protest_status=clarification_requested&overdue=1&page=2&sort=killed&dir=desc",
    );
  });

  it("treats empty parameters as no filter", () => {
    expect(parseIncidentFilter({ q: "", country: "", page: undefined })).toEqual({
      ok: true,
      filter: { page: 1, overdue: false, includeArchived: false, sort: { column: "date", dir: "desc" } },
    });
    // The default order is left out of shared links.
    expect(filterToSearchParams({ page: 1, includeArchived: false, sort: { column: "date", dir: "desc" } }).toString()).toBe("");
  });

  it("takes a sort column with its first-click direction, or the direction given", () => {
    expect(parseIncidentFilter({ sort: "reference" })).toMatchObject({ ok: true, filter: { sort: { column: "reference", dir: "asc" } } });
    expect(parseIncidentFilter({ sort: "protest_status", dir: "desc" })).toMatchObject({
      ok: true,
      filter: { sort: { column: "protest_status", dir: "desc" } },
    });
    expect(parseIncidentFilter({ dir: "asc" })).toMatchObject({ ok: true, filter: { sort: { column: "date", dir: "asc" } } });
  });

  it.each([
    [{ device_type: "bomb" }, "device_type: Unknown device type"],
    [{ country: "ZZ" }, "country: Unknown country code"],
    [{ province: "TH-99" }, "province: Unknown province code"],
    [{ from: "2025-13-01" }, "from: The from date must be YYYY-MM-DD"],
    [{ from: "2025-05-01", to: "2025-04-01" }, "to: The end date is before the start date"],
    [{ country: "KH", province: "TH-33" }, "province: That province is not in the chosen country"],
    [{ page: "0" }, "page: The page must be a whole number from 1"],
    [{ page: "two" }, "page: The page must be a whole number from 1"],
    [{ verification: ["reported", "verified"] }, "verification: Give verification status once"],
    [{ archived: "yes" }, "archived: archived must be 1 or 0"],
    [{ protest_status: "pending" }, "protest_status: Unknown protest status"],
    [{ overdue: "true" }, "overdue: overdue must be 1 or 0"],
    [{ sort: "deaths" }, "sort: Unknown sort column: use one of date, reference, province, killed, injured, protest_status"],
    [{ dir: "up" }, "dir: dir must be asc or desc"],
  ])("refuses %j with a message", (params, message) => {
    const parsed = parseIncidentFilter(params);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.join("\n")).toContain(message);
  });
});
