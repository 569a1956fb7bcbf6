import { describe, expect, it } from "vitest";
import { changedFields, hasChanges } from "@/lib/audit/changed-fields";

describe("changedFields", () => {
  it("keeps only the fields whose value differs, with both values", () => {
    const changes = changedFields(
      { summary: "Two soldiers injured.", verification: "reported", casualties: [{ outcome: "injured" }] },
      { summary: "Two soldiers injured.", verification: "verified", casualties: [{ outcome: "killed" }] },
    );
    expect(changes).toEqual({
      before: { verification: "reported", casualties: [{ outcome: "injured" }] },
      after: { verification: "verified", casualties: [{ outcome: "killed" }] },
    });
    expect(hasChanges(changes)).toBe(true);
  });

  it("treats a missing field as empty, and an unchanged record as no change", () => {
    expect(changedFields({ archivedAt: null }, {})).toEqual({ before: {}, after: {} });
    expect(hasChanges(changedFields({ a: [1, 2] }, { a: [1, 2] }))).toBe(false);
    expect(changedFields({}, { archivedAt: "2026-01-01T00:00:00.000Z" })).toEqual({
      before: { archivedAt: null },
      after: { archivedAt: "2026-01-01T00:00:00.000Z" },
    });
  });
});
