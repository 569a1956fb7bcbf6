import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { DATABASE_DOWN } from "@/lib/actions/form-state";
import { prepareIncident, submitNewIncident, type Submission } from "@/lib/actions/submit-incident";
import { submitNewProtest } from "@/lib/actions/submit-protest";
import { getPrisma } from "@/lib/db";
import { createIncident } from "@/lib/data/incidents/create-incident";
import { getIncident } from "@/lib/data/incidents/get-incident";
import { getProtest } from "@/lib/data/protests/get-protest";
import { formDataToObject } from "@/lib/validations/form-data";
import { protestFormSchema } from "@/lib/validations/protest";
import { toProtestFormValues } from "@/lib/validations/protest-form-values";
import { incidentInput } from "../support/incident-input";
import { incidentSubmission, protestSubmission, toFormData } from "../support/hostile-input";

// The Server Actions' write path (FormData → schema → transaction) fed random and
// hostile submissions against PostgreSQL: each ends in a message or a save, never
// an exception, and the row counts prove that nothing is ever half-written. Fewer
// cases than the pure schema tests (lib/validations/hostile-input.test.ts), as each
// one here is a round trip to the database.

const RUNS = { numRuns: 200 };

async function counts() {
  const db = getPrisma();
  const [incidents, casualties, sources, protests, protestLinks, statusChanges] = await Promise.all([
    db.incident.count(),
    db.casualty.count(),
    db.source.count(),
    db.protest.count(),
    db.protestIncident.count(),
    db.protestStatusChange.count(),
  ]);
  return { incidents, casualties, sources, protests, protestLinks, statusChanges };
}

/**
 * Runs a submission between two counts of every table a save writes. A refused
 * submission must say why (never "database down": the database is up) and leave
 * every count as it was.
 */
async function submitCounting<S extends { formError?: string }>(submit: () => Promise<Submission<S>>) {
  const before = await counts();
  const result = await submit();
  const after = await counts();
  if (result.saved === undefined) {
    expect(result.state.formError).toBeTruthy();
    expect(result.state.formError).not.toBe(DATABASE_DOWN);
    expect(after).toEqual(before);
  }
  return { result, before, after };
}

describe("hostile submissions against the database", () => {
  it("an incident is saved whole, exactly as validated, or not at all", async () => {
    let saved = 0;
    await fc.assert(
      fc.asyncProperty(incidentSubmission, async (values) => {
        const formData = toFormData(values);
        const { result, before, after } = await submitCounting(() => submitNewIncident(formData, { actorId: null, mayVerify: true }));
        if (result.saved === undefined) return;
        saved += 1;
        const prepared = prepareIncident(formData);
        if (prepared.done) throw new Error("saved, yet the same form data does not validate");
        const { input } = prepared;
        expect(after).toEqual({
          ...before,
          incidents: before.incidents + 1,
          casualties: before.casualties + input.casualties.length,
          sources: before.sources + input.sources.length,
        });
        const stored = await getIncident(result.saved);
        expect(stored).toMatchObject({
          summary: input.summary,
          locality: input.locality,
          deviceModel: input.deviceModel,
          emplacementBasis: input.emplacementBasis,
          occurredOn: input.occurredOn,
          provinceCode: input.provinceCode,
        });
        expect(stored?.sources.map((s) => s.outlet)).toEqual(input.sources.map((s) => s.outlet));
        expect(stored?.casualties.map((c) => [c.injuries, c.unit])).toEqual(input.casualties.map((c) => [c.injuries, c.unit]));
      }),
      RUNS,
    );
    expect(saved).toBeGreaterThan(20);
  });

  it("a protest step is saved with its links and first history row, or not at all", async () => {
    const references: string[] = [];
    for (const occurredOn of ["2025-07-16", "2025-08-09", "2024-11-02"]) {
      references.push(await createIncident(incidentInput({ occurredOn })));
    }
    let saved = 0;
    await fc.assert(
      fc.asyncProperty(protestSubmission(references), async (values) => {
        const formData = toFormData(values);
        const { result, before, after } = await submitCounting(() => submitNewProtest(formData, null));
        if (result.saved === undefined) return;
        saved += 1;
        const input = protestFormSchema.parse(toProtestFormValues(formDataToObject(formData).raw));
        expect(after).toEqual({
          ...before,
          protests: before.protests + 1,
          protestLinks: before.protestLinks + input.incidents.length,
          statusChanges: before.statusChanges + 1,
        });
        const stored = await getProtest(result.saved);
        expect(stored).toMatchObject({ notes: input.notes, documentReference: input.documentReference, kind: input.kind });
        expect(stored?.incidents.map((i) => i.reference).sort()).toEqual([...input.incidents].sort());
      }),
      RUNS,
    );
    expect(saved).toBeGreaterThan(20);
  });
});

beforeAll(async () => {
  // The connection is opened before the first case, so its cost is not one case's.
  await getPrisma().$queryRaw`SELECT 1`;
});
