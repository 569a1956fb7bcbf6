import { describe, expect, it } from "vitest";
import { applyRowIntent } from "@/lib/actions/apply-row-intent";
import { EMPTY_CASUALTY } from "@/lib/validations/incident";
import { incidentValues } from "@/test/support/incident-input";

describe("add and remove buttons without JavaScript", () => {
  it("adds an empty casualty row and removes the chosen one", () => {
    const values = incidentValues();
    const added = applyRowIntent(values, "add-casualty");
    expect(added?.casualties).toHaveLength(3);
    expect(added?.casualties[2]).toEqual(EMPTY_CASUALTY);
    const removed = applyRowIntent(values, "remove-casualty:0");
    expect(removed?.casualties).toEqual([values.casualties[1]]);
    expect(applyRowIntent(values, "remove-source:0")?.sources).toEqual([]);
  });

  it("ignores anything else", () => {
    expect(applyRowIntent(incidentValues(), "delete-everything")).toBeNull();
  });
});
