import { describe, expect, it } from "vitest";
import { addMonths, fillMonths, formatMonth, lastTwelveMonths, monthsBetween, monthsByYear } from "./months";

describe("months", () => {
  it("adds months across year ends, both ways", () => {
    expect(addMonths("2025-11", 2)).toBe("2026-01");
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(addMonths("2025-07", 0)).toBe("2025-07");
    expect(addMonths("2025-01", -13)).toBe("2023-12");
  });

  it("lists every month of a range, and nothing for a reversed one", () => {
    expect(monthsBetween("2025-11", "2026-02")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(monthsBetween("2025-07", "2025-07")).toEqual(["2025-07"]);
    expect(monthsBetween("2025-08", "2025-07")).toEqual([]);
  });

  it("fills months without incidents with zero and drops counts outside the range", () => {
    const counts = [
      { month: "2025-06", count: 9 },
      { month: "2025-07", count: 2 },
      { month: "2025-10", count: 5 },
    ];
    expect(fillMonths(counts, "2025-07", "2025-11")).toEqual([
      { month: "2025-07", count: 2 },
      { month: "2025-08", count: 0 },
      { month: "2025-09", count: 0 },
      { month: "2025-10", count: 5 },
      { month: "2025-11", count: 0 },
    ]);
  });

  it("the last twelve months end with the current month", () => {
    expect(lastTwelveMonths("2026-11-22")).toEqual({ first: "2025-12", last: "2026-11" });
    expect(monthsBetween("2025-12", "2026-11")).toHaveLength(12);
  });

  it("names a month for people and refuses what is not a month", () => {
    expect(formatMonth("2025-07")).toBe("Jul 2025");
    expect(() => formatMonth("2025-7")).toThrow();
  });
});

describe("monthsByYear", () => {
  it("lays consecutive months out as twelve cells a year, empty outside the range", () => {
    const grid = monthsByYear(fillMonths([{ month: "2024-12", count: 3 }, { month: "2025-02", count: 1 }], "2024-11", "2025-02"));
    expect(grid).toEqual([
      { year: "2024", counts: [null, null, null, null, null, null, null, null, null, null, 0, 3] },
      { year: "2025", counts: [0, 1, null, null, null, null, null, null, null, null, null, null] },
    ]);
  });

  it("is empty for no months", () => {
    expect(monthsByYear([])).toEqual([]);
  });
});
