import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/validations/form-data";
import { incidentFormSchema, type IncidentFormValues } from "@/lib/validations/incident";
import { latestToday } from "@/lib/validations/dates";
import { incidentValues } from "@/test/support/incident-input";

function errorsFor(overrides: Partial<IncidentFormValues>): Record<string, string> {
  const result = incidentFormSchema.safeParse(incidentValues(overrides));
  return result.success ? {} : fieldErrorsOf(result.error);
}

const casualty = incidentValues().casualties[0]!;
const source = incidentValues().sources[0]!;

describe("the incident schema", () => {
  it("accepts a complete incident and returns typed values", () => {
    const result = incidentFormSchema.parse(incidentValues({ latitude: " 14.5 ", longitude: "104.25", occurredAt: "06:05" }));
    expect(result).toMatchObject({ latitude: 14.5, longitude: 104.25, occurredAt: "06:05", locality: "Don Ao, Kantharalak" });
    expect(result.casualties[0]).toMatchObject({ age: 24, nationality: "TH", unit: null });
  });

  it("accepts an incident with no casualties (a near miss)", () => {
    expect(errorsFor({ casualties: [] })).toEqual({});
  });

  it.each([
    ["", "Enter the date"],
    ["2025-02-30", "Enter the date as YYYY-MM-DD, e.g. 2025-07-16"],
    ["16/07/2025", "Enter the date as YYYY-MM-DD, e.g. 2025-07-16"],
    ["1969-12-31", "The date cannot be before 1970"],
    ["2999-01-01", "The date cannot be in the future"],
  ])("refuses the date %j", (occurredOn, message) => {
    expect(errorsFor({ occurredOn })).toEqual({ occurredOn: message });
  });

  it("accepts today's date wherever the user is (up to UTC+14)", () => {
    expect(errorsFor({ occurredOn: latestToday() })).toEqual({});
    expect(errorsFor({ occurredOn: "1970-01-01" })).toEqual({});
  });

  it("requires the province to belong to the chosen country", () => {
    expect(errorsFor({ countryCode: "KH", provinceCode: "TH-33" })).toEqual({
      provinceCode: "This province is not in the chosen country: choose one of its provinces",
    });
    expect(errorsFor({ countryCode: "KH", provinceCode: "KH-22" })).toEqual({});
    expect(errorsFor({ provinceCode: "TH-99" })).toEqual({ provinceCode: "Choose a province from the list" });
    // Vatican City has no ISO 3166-2 subdivisions, so it is not in the gazetteer.
    expect(errorsFor({ countryCode: "VA", provinceCode: "TH-33" })).toEqual({ countryCode: "Choose a country from the list" });
    expect(errorsFor({ countryCode: "FR", provinceCode: "TH-33" })).toEqual({
      provinceCode: "This province is not in the chosen country: choose one of its provinces",
    });
  });

  it("takes a precision only with coordinates, and only a known one", () => {
    expect(errorsFor({ latitude: "14.2", longitude: "104.2", coordinatePrecision: "village" })).toEqual({});
    expect(errorsFor({ coordinatePrecision: "district" })).toEqual({
      coordinatePrecision: "Give the coordinates this precision describes, or leave the precision empty",
    });
    expect(errorsFor({ latitude: "14.2", longitude: "104.2", coordinatePrecision: "street" })).toEqual({
      coordinatePrecision: "Choose how precise the coordinates are",
    });
  });

  it("requires latitude and longitude together, within range", () => {
    expect(errorsFor({ latitude: "14.2" })).toEqual({ longitude: "Give both latitude and longitude, or leave both empty" });
    expect(errorsFor({ longitude: "104.2" })).toEqual({ latitude: "Give both latitude and longitude, or leave both empty" });
    expect(errorsFor({ latitude: "91", longitude: "0" })).toEqual({ latitude: "The latitude must be between -90 and 90" });
    expect(errorsFor({ latitude: "0", longitude: "-180.5" })).toEqual({ longitude: "The longitude must be between -180 and 180" });
    expect(errorsFor({ latitude: "north", longitude: "1e3" })).toMatchObject({
      latitude: "Enter the latitude as a decimal number, e.g. 14.3821",
      longitude: "Enter the longitude as a decimal number, e.g. 104.6912",
    });
  });

  it("requires at least one source with a web address", () => {
    expect(errorsFor({ sources: [] })).toEqual({ sources: "Add at least one source" });
    for (const url of ["ftp://example.org/report", "javascript:alert(1)", "www.example.org", "https://"]) {
      expect(errorsFor({ sources: [{ ...source, url }] })).toEqual({
        "sources.0.url": "Enter a web address starting with http:// or https://",
      });
    }
    expect(errorsFor({ sources: [{ ...source, outlet: " " }] })).toEqual({
      "sources.0.outlet": "Enter the outlet or body that reported it",
    });
  });

  it("limits the summary to 5,000 characters", () => {
    expect(errorsFor({ summary: "x".repeat(5000) })).toEqual({});
    expect(errorsFor({ summary: "x".repeat(5001) })).toEqual({ summary: "Shorten this to at most 5,000 characters" });
    expect(errorsFor({ summary: "   " })).toEqual({ summary: "Describe what happened" });
  });

  it("checks each casualty: age 0–120, nationality a country code, category and outcome chosen", () => {
    expect(errorsFor({ casualties: [{ ...casualty, age: "0" }] })).toEqual({});
    expect(errorsFor({ casualties: [{ ...casualty, age: "120" }] })).toEqual({});
    expect(errorsFor({ casualties: [{ ...casualty, age: "121" }] })).toEqual({
      "casualties.0.age": "The age must be a whole number from 0 to 120",
    });
    expect(errorsFor({ casualties: [casualty, { ...casualty, age: "-1" }] })).toEqual({
      "casualties.1.age": "The age must be a whole number from 0 to 120",
    });
    expect(errorsFor({ casualties: [{ ...casualty, nationality: "XX" }] })).toEqual({
      "casualties.0.nationality": "Choose a country from the list",
    });
    expect(errorsFor({ casualties: [{ ...casualty, nationality: "THA" }] })).toHaveProperty(["casualties.0.nationality"]);
    expect(errorsFor({ casualties: [{ ...casualty, category: "", outcome: "wounded" }] })).toEqual({
      "casualties.0.category": "Choose the category",
      "casualties.0.outcome": "Choose killed or injured",
    });
  });

  it("refuses text PostgreSQL cannot store (NUL) with a message instead of a failed save", () => {
    expect(errorsFor({ summary: "before\u0000after", locality: "\u0000" })).toEqual({
      summary: "Remove the invisible NUL character from this text",
      locality: "Remove the invisible NUL character from this text",
    });
  });

  it("refuses unknown codes for every choice", () => {
    expect(Object.keys(errorsFor({ deviceType: "claymore", emplacement: "x", activity: "x", verification: "x" })).sort()).toEqual([
      "activity",
      "deviceType",
      "emplacement",
      "verification",
    ]);
  });

  it("reports every problem at once, including cross-field ones", () => {
    expect(Object.keys(errorsFor({ occurredOn: "", summary: "", latitude: "12", countryCode: "KH", provinceCode: "TH-33" })).sort()).toEqual([
      "longitude",
      "occurredOn",
      "provinceCode",
      "summary",
    ]);
  });
});
