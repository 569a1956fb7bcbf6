import { describe, expect, it } from "vitest";
import { formDataToObject } from "@/lib/validations/form-data";
import { toIncidentFormValues } from "@/lib/validations/incident-form-values";

function formData(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
}

describe("posted form data", () => {
  it("becomes the nested shape of the form, rows in index order without gaps", () => {
    const raw = formDataToObject(
      formData([
        ["summary", "x"],
        ["casualties.2.age", "30"],
        ["casualties.0.age", "20"],
        ["sources.0.url", "https://a.example"],
        ["$ACTION_ID_abc", ""],
      ]),
    );
    expect(raw).toEqual({ summary: "x", casualties: [{ age: "20" }, { age: "30" }], sources: [{ url: "https://a.example" }] });
  });

  it("ignores prototype-polluting and malformed names", () => {
    const raw = formDataToObject(formData([["__proto__.polluted", "yes"], ["a..b", "x"], ["constructor.prototype.x", "y"]]));
    expect(raw).toEqual({});
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("keeps only known string fields when echoing values back to the form", () => {
    const values = toIncidentFormValues({ summary: "kept", unknown: "dropped", latitude: { nested: true }, casualties: [{ age: "3", extra: "x" }] });
    expect(values.summary).toBe("kept");
    expect(values.latitude).toBe("");
    expect(values).not.toHaveProperty("unknown");
    expect(values.casualties).toEqual([{ category: "", outcome: "", nationality: "", sex: "unknown", age: "3", injuries: "", unit: "" }]);
    expect(values.sources).toEqual([]);
  });
});
