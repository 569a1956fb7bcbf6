import { describe, expect, it } from "vitest";
import { chartMonths, periodChoices, resolvePeriod } from "@/lib/summaries/period";

const TODAY = "2026-12-02";
const DEMO = { first: "2025-07-16", last: "2025-12-29" };

describe("resolvePeriod", () => {
  it("defaults to the last 12 months when they hold incidents", () => {
    const period = resolvePeriod({}, TODAY, { first: "2025-07-16", last: "2026-03-01" });
    expect(period).toMatchObject({ from: "2026-01-01", to: TODAY, label: "the last 12 months", isDefault: true });
    expect(period.note).toBeUndefined();
  });

  it("moves the default to the 12 months up to the latest incident when the last 12 hold none, and says so", () => {
    const period = resolvePeriod({}, TODAY, DEMO);
    expect(period).toMatchObject({ from: "2025-01-01", to: "2025-12-31", isDefault: true });
    expect(period.note).toMatch(/No incident was recorded in the last 12 months.*Dec 2025/);
  });

  it("keeps the last 12 months for an empty registry", () => {
    expect(resolvePeriod({}, TODAY, null)).toMatchObject({ from: "2026-01-01", to: TODAY, label: "the last 12 months" });
  });

  it("names a chosen year, all time and a from–to range", () => {
    expect(resolvePeriod({ from: "2025-01-01", to: "2025-12-31" }, TODAY, DEMO).label).toBe("2025");
    expect(resolvePeriod({ from: "1970-01-01" }, TODAY, DEMO).label).toBe("all time");
    expect(resolvePeriod({ from: "2025-07-01", to: "2025-09-30" }, TODAY, DEMO)).toMatchObject({
      label: "2025-07-01 to 2025-09-30",
      isDefault: false,
    });
    expect(resolvePeriod({ to: "2025-09-30" }, TODAY, DEMO).label).toBe("up to 2025-09-30");
  });
});

describe("chartMonths", () => {
  it("draws the period's months up to this month; all time starts at the first incident", () => {
    expect(chartMonths(resolvePeriod({}, TODAY, DEMO), TODAY, DEMO)).toEqual({ first: "2025-01", last: "2025-12" });
    expect(chartMonths(resolvePeriod({ from: "1970-01-01" }, TODAY, DEMO), TODAY, DEMO)).toEqual({ first: "2025-07", last: "2026-12" });
    expect(chartMonths(resolvePeriod({ from: "2026-01-01", to: "2027-12-31" }, TODAY, DEMO), TODAY, DEMO)).toEqual({
      first: "2026-01",
      last: "2026-12",
    });
  });
});

describe("periodChoices", () => {
  it("offers the default, every year with incidents (newest first) and all time, marking the current one", () => {
    const choices = periodChoices(resolvePeriod({ from: "2025-01-01", to: "2025-12-31" }, TODAY, DEMO), TODAY, DEMO);
    expect(choices.map((c) => c.label)).toEqual(["Last 12 months", "2025", "All time"]);
    expect(choices.filter((c) => c.current).map((c) => c.label)).toEqual(["2025"]);
    expect(choices[2]!.query).toEqual({ from: "1970-01-01" });
  });
});
