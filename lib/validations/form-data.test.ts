import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FIELD_NAME_TOO_DEEP, formDataToObject } from "@/lib/validations/form-data";
import { toIncidentFormValues } from "@/lib/validations/incident-form-values";

function formData(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
}

describe("posted form data", () => {
  it("becomes the nested shape of the form, rows in index order without gaps", () => {
    const { raw, formError } = formDataToObject(
      formData([
        ["summary", "x"],
        ["casualties.2.age", "30"],
        ["casualties.0.age", "20"],
        ["sources.0.url", "https://a.example"],
        ["$ACTION_ID_abc", ""],
      ]),
    );
    expect(raw).toEqual({ summary: "x", casualties: [{ age: "20" }, { age: "30" }], sources: [{ url: "https://a.example" }] });
    expect(formError).toBeUndefined();
  });

  it("ignores prototype-polluting and malformed names", () => {
    const { raw } = formDataToObject(formData([["__proto__.polluted", "yes"], ["a..b", "x"], ["constructor.prototype.x", "y"]]));
    expect(raw).toEqual({});
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses a field name nested thousands of levels deep with a message, and keeps the other fields", () => {
    for (const name of [`casualties${".0".repeat(5000)}`, `a${".a".repeat(5000)}`, "a.b.c.d.e.f.g.h.i"]) {
      const { raw, formError } = formDataToObject(formData([["summary", "kept"], [name, "x"]]));
      expect(formError).toBe(FIELD_NAME_TOO_DEEP);
      expect(raw).toEqual({ summary: "kept" });
    }
  });

  it("takes brackets as part of a name, however deeply nested", () => {
    const name = `casualties${"[0]".repeat(5000)}`;
    expect(formDataToObject(formData([[name, "x"]]))).toEqual({ raw: { [name]: "x" } });
  });

  it("never throws, whatever names and values are posted", () => {
    const segment = fc.oneof(fc.constantFrom("0", "1", "999", "1000", "__proto__", "", "[0]", "casualties", "age"), fc.string({ maxLength: 4 }));
    const name = fc.oneof(
      fc.array(segment, { maxLength: 12 }).map((parts) => parts.join(".")),
      fc.tuple(fc.constantFrom("a", "0", "casualties"), fc.integer({ min: 1, max: 20_000 })).map(([part, depth]) => Array(depth).fill(part).join(".")),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(name, fc.string({ maxLength: 8 })), { maxLength: 20 }), (entries) => {
        formDataToObject(formData(entries));
      }),
    );
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
