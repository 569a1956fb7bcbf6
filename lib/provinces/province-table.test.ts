import { describe, expect, it } from "vitest";
import { groupByCountry, sortProvinceRows, sumFigures, type ProvinceRow } from "./province-table";

const row = (provinceCode: string, provinceName: string, countryCode: string, incidents: number, killed = 0): ProvinceRow => ({
  provinceCode,
  provinceName,
  countryCode,
  countryName: countryCode === "TH" ? "Thailand" : "Cambodia",
  incidents,
  killed,
  injured: incidents * 2,
  newlyLaid: 1,
  protested: incidents - 1,
  overdue: 0,
});

const rows = [
  row("TH-33", "Si Sa Ket", "TH", 4, 1),
  row("TH-34", "Ubon Ratchathani", "TH", 4, 0),
  row("TH-23", "Trat", "TH", 1, 2),
  row("KH-22", "Oddar Meanchey", "KH", 3),
];

const codes = (list: ProvinceRow[]) => list.map((r) => r.provinceCode);

describe("province table", () => {
  it("sorts by a figure either way, ties by name", () => {
    expect(codes(sortProvinceRows(rows, { column: "incidents", dir: "desc" }))).toEqual(["TH-33", "TH-34", "KH-22", "TH-23"]);
    expect(codes(sortProvinceRows(rows, { column: "incidents", dir: "asc" }))).toEqual(["TH-23", "KH-22", "TH-33", "TH-34"]);
    expect(codes(sortProvinceRows(rows, { column: "killed", dir: "desc" }))).toEqual(["TH-23", "TH-33", "KH-22", "TH-34"]);
  });

  it("sorts by name", () => {
    expect(codes(sortProvinceRows(rows, { column: "name", dir: "asc" }))).toEqual(["KH-22", "TH-33", "TH-23", "TH-34"]);
    expect(codes(sortProvinceRows(rows, { column: "name", dir: "desc" }))).toEqual(["TH-34", "TH-23", "TH-33", "KH-22"]);
  });

  it("groups by country A→Z with totals per country", () => {
    const groups = groupByCountry(rows, { column: "incidents", dir: "asc" });
    expect(groups.map((g) => g.countryName)).toEqual(["Cambodia", "Thailand"]);
    expect(codes(groups[1]!.rows)).toEqual(["TH-23", "TH-33", "TH-34"]);
    expect(groups[1]!.totals).toEqual({ incidents: 9, killed: 3, injured: 18, newlyLaid: 3, protested: 6, overdue: 0 });
    expect(groups[0]!.totals.incidents).toBe(3);
  });

  it("sums nothing to zeros", () => {
    expect(sumFigures([])).toEqual({ incidents: 0, killed: 0, injured: 0, newlyLaid: 0, protested: 0, overdue: 0 });
  });
});
