import { describe, expect, it } from "vitest";
import { isDefaultProtestSort, nextProtestSort, parseProtestSort } from "./protest-sort";

describe("protest sort", () => {
  it("defaults to the latest sent first, and gives each column its natural first direction", () => {
    expect(parseProtestSort({})).toEqual({ ok: true, sort: { column: "sent_on", dir: "desc" } });
    expect(parseProtestSort({ sort: "response_due_on" })).toEqual({ ok: true, sort: { column: "response_due_on", dir: "asc" } });
    expect(parseProtestSort({ sort: "status", dir: "desc" })).toEqual({ ok: true, sort: { column: "status", dir: "desc" } });
  });

  it("refuses an unknown column with a message naming the columns, keeping the default order", () => {
    expect(parseProtestSort({ sort: "reference" })).toEqual({
      ok: false,
      sort: { column: "sent_on", dir: "desc" },
      errors: ["sort: Unknown sort column: use one of sent_on, response_due_on, status"],
    });
  });

  it("flips the sorted column and starts another in its natural direction", () => {
    const current = { column: "response_due_on", dir: "asc" } as const;
    expect(nextProtestSort(current, "response_due_on")).toEqual({ column: "response_due_on", dir: "desc" });
    expect(nextProtestSort(current, "sent_on")).toEqual({ column: "sent_on", dir: "desc" });
    expect(isDefaultProtestSort(nextProtestSort(current, "sent_on"))).toBe(true);
  });
});
