import { describe, expect, it } from "vitest";
import { isCalendarDate, latestToday } from "@/lib/validations/dates";

describe("calendar dates", () => {
  it("accepts real days only", () => {
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2025-02-29")).toBe(false);
    expect(isCalendarDate("2025-7-1")).toBe(false);
    expect(isCalendarDate("2025-07-01T00:00")).toBe(false);
  });

  it("counts a day as past once it has begun anywhere (UTC+14)", () => {
    expect(latestToday(new Date("2025-07-16T09:59:59Z"))).toBe("2025-07-16");
    expect(latestToday(new Date("2025-07-16T10:00:00Z"))).toBe("2025-07-17");
  });
});
