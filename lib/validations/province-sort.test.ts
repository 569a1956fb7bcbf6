import { describe, expect, it } from "vitest";
import { parseProvinceSort, sortHref } from "./province-sort";

describe("province sort", () => {
  it("defaults to most incidents first", () => {
    expect(parseProvinceSort({})).toEqual({ ok: true, sort: { column: "incidents", dir: "desc" } });
  });

  it("takes a column and a direction, with a natural default direction per column", () => {
    expect(parseProvinceSort({ sort: "killed", dir: "asc" })).toEqual({ ok: true, sort: { column: "killed", dir: "asc" } });
    expect(parseProvinceSort({ sort: "name" })).toEqual({ ok: true, sort: { column: "name", dir: "asc" } });
    expect(parseProvinceSort({ sort: "overdue" })).toEqual({ ok: true, sort: { column: "overdue", dir: "desc" } });
  });

  it("refuses unknown or repeated values with a message, keeping the default order", () => {
    const bad = parseProvinceSort({ sort: "population", dir: "up" });
    expect(bad.ok).toBe(false);
    expect(bad.sort).toEqual({ column: "incidents", dir: "desc" });
    if (!bad.ok) {
      expect(bad.errors).toEqual([
        expect.stringMatching(/^sort: Unknown sort column: use one of name, incidents/),
        "dir: Unknown direction: use asc or desc",
      ]);
    }
    expect(parseProvinceSort({ sort: ["killed", "injured"] }).ok).toBe(false);
  });

  it("header links flip the sorted column and start others in their natural direction", () => {
    const current = { column: "incidents", dir: "desc" } as const;
    expect(sortHref(current, "incidents")).toBe("/provinces?sort=incidents&dir=asc");
    expect(sortHref(current, "name")).toBe("/provinces?sort=name&dir=asc");
    expect(sortHref(current, "killed")).toBe("/provinces?sort=killed&dir=desc");
  });
});
