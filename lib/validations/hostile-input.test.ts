import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Activity, CasualtyCategory, DeviceType, Emplacement, ProtestKind, Verification } from "@/generated/prisma/enums";
import { prepareIncident } from "@/lib/actions/submit-incident";
import { findProvince } from "@/lib/geo/gazetteer";
import { EARLIEST_DATE, latestToday } from "@/lib/validations/dates";
import { MAX_CASUALTIES, MAX_SOURCES, SUMMARY_MAX, emptyIncidentForm, incidentFormSchema, type IncidentInput } from "@/lib/validations/incident";
import { protestFormSchema, type ProtestInput } from "@/lib/validations/protest";
import { incidentSubmission, protestSubmission, toFormData } from "@/test/support/hostile-input";

// Property-based: 1,000 random and hostile submissions per schema. Each must end
// in a validation result (with a message at a field) or in a value that obeys
// every rule the database and the pages rely on; none may throw.

const RUNS = { numRuns: 1000 };
const FORM_KEYS = Object.keys(emptyIncidentForm()).sort();
const SAFE_TEXT = (v: string | null) => v === null || (!v.includes("\u0000") && v === v.trim() && v.length > 0);

function expectValidIncident(incident: IncidentInput) {
  expect(Object.values(DeviceType)).toContain(incident.deviceType);
  expect(Object.values(Emplacement)).toContain(incident.emplacement);
  expect(Object.values(Activity)).toContain(incident.activity);
  expect(Object.values(Verification)).toContain(incident.verification);
  expect(incident.occurredOn >= EARLIEST_DATE && incident.occurredOn <= latestToday()).toBe(true);
  expect(findProvince(incident.provinceCode)?.countryCode).toBe(incident.countryCode);
  expect(incident.summary.length).toBeGreaterThan(0);
  expect(incident.summary.length).toBeLessThanOrEqual(SUMMARY_MAX);
  for (const text of [incident.summary, incident.locality, incident.deviceModel, incident.emplacementBasis]) {
    expect(SAFE_TEXT(text)).toBe(true);
  }
  expect(incident.latitude === null).toBe(incident.longitude === null);
  if (incident.latitude !== null) expect(Math.abs(incident.latitude)).toBeLessThanOrEqual(90);
  if (incident.longitude !== null) expect(Math.abs(incident.longitude)).toBeLessThanOrEqual(180);
  expect(incident.sources.length).toBeGreaterThanOrEqual(1);
  expect(incident.sources.length).toBeLessThanOrEqual(MAX_SOURCES);
  for (const s of incident.sources) expect(s.url).toMatch(/^https?:\/\/[^\s]+$/);
  expect(incident.casualties.length).toBeLessThanOrEqual(MAX_CASUALTIES);
  for (const c of incident.casualties) {
    expect(Object.values(CasualtyCategory)).toContain(c.category);
    if (c.age !== null) expect(Number.isInteger(c.age) && c.age >= 0 && c.age <= 120).toBe(true);
  }
}

function expectValidProtest(protest: ProtestInput) {
  expect(Object.values(ProtestKind)).toContain(protest.kind);
  expect(["draft", "sent"]).toContain(protest.status);
  if (protest.status === "sent") expect(protest.sentOn).not.toBeNull();
  if (protest.sentOn) expect(protest.sentOn <= latestToday()).toBe(true);
  if (protest.responseDueOn && protest.sentOn) expect(protest.responseDueOn >= protest.sentOn).toBe(true);
  expect(protest.incidents.length).toBeGreaterThanOrEqual(1);
  expect(new Set(protest.incidents).size).toBe(protest.incidents.length);
  for (const text of [protest.documentReference, protest.notes]) expect(SAFE_TEXT(text)).toBe(true);
}

function expectMessages(issues: readonly { message: string }[]) {
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) expect(issue.message.length).toBeGreaterThan(0);
}

describe("hostile input, property-based", () => {
  it("the incident schema answers every value with an error message or a valid incident", () => {
    let accepted = 0;
    fc.assert(
      fc.property(incidentSubmission, (values) => {
        const result = incidentFormSchema.safeParse(values);
        if (result.success) {
          accepted += 1;
          expectValidIncident(result.data);
        } else {
          expectMessages(result.error.issues);
        }
      }),
      RUNS,
    );
    // The generator must reach the saving path too, or the property proves little.
    expect(accepted).toBeGreaterThan(50);
  });

  it("posted incident form data ends in field errors or a valid incident, never an exception", () => {
    let accepted = 0;
    fc.assert(
      fc.property(incidentSubmission, (values) => {
        const prepared = prepareIncident(toFormData(values));
        if (prepared.done) {
          expect(prepared.done.formError ?? Object.keys(prepared.done.fieldErrors).length).toBeTruthy();
          // What is echoed back to the form holds only strings of the form's own fields.
          expect(Object.keys(prepared.done.values).sort()).toEqual(FORM_KEYS);
        } else {
          accepted += 1;
          expectValidIncident(prepared.input);
        }
      }),
      RUNS,
    );
    expect(accepted).toBeGreaterThan(50);
  });

  it("the protest schema answers every value with an error message or a valid protest step", () => {
    let accepted = 0;
    fc.assert(
      fc.property(protestSubmission(["MI-2025-0001", "MI-2024-0042", "MI-2019-12345"]), (values) => {
        const result = protestFormSchema.safeParse(values);
        if (result.success) {
          accepted += 1;
          expectValidProtest(result.data);
        } else {
          expectMessages(result.error.issues);
        }
      }),
      RUNS,
    );
    expect(accepted).toBeGreaterThan(50);
  });
});
