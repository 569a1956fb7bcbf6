import { describe, expect, it } from "vitest";
import { describeValue, fieldLabel } from "@/lib/audit/describe-change";

describe("describing a change", () => {
  it("names fields and values in the words of the forms", () => {
    expect(fieldLabel("verification")).toBe("Verification");
    expect(describeValue("verification", "corroborated")).toBe("Corroborated");
    expect(describeValue("deviceType", "anti_personnel_mine")).toBe("Anti-personnel mine");
    expect(describeValue("role", "editor")).toBe("Editor");
    expect(describeValue("locality", null)).toBe("(empty)");
    expect(describeValue("summary", "Two soldiers injured.")).toBe("Two soldiers injured.");
  });

  it("reads lists of casualties, sources and incidents", () => {
    expect(describeValue("casualties", [])).toBe("(none)");
    expect(
      describeValue("casualties", [
        { outcome: "injured", category: "military", injuries: "left leg amputated" },
        { outcome: "killed", category: "civilian", injuries: null },
      ]),
    ).toBe("injured military (left leg amputated); killed civilian");
    expect(describeValue("sources", [{ outlet: "Reuters", url: "https://example.org/a" }])).toBe("Reuters https://example.org/a");
    expect(describeValue("incidents", ["MI-2025-0001", "MI-2025-0002"])).toBe("MI-2025-0001, MI-2025-0002");
    expect(describeValue("archivedAt", "2026-11-22T08:00:00.000Z")).toBe("archived 2026-11-22");
  });
});
