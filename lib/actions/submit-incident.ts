import { z } from "zod";
import { createIncident } from "@/lib/data/incidents/create-incident";
import { applyRowIntent } from "@/lib/actions/apply-row-intent";
import { failure } from "@/lib/actions/action-failure";
import { FIX_FIELDS, type IncidentFormState } from "@/lib/actions/form-state";
import { fieldErrorsOf, formDataToObject } from "@/lib/validations/form-data";
import { incidentFormSchema } from "@/lib/validations/incident";
import { toIncidentFormValues } from "@/lib/validations/incident-form-values";

// The part of the incident Server Actions that reads, validates and writes, kept
// apart from the "use server" wrapper (which only redirects) so tests can feed it
// any FormData and check the database afterwards.

const controlsSchema = z.object({
  intent: z.string().max(40).optional(),
  submissionKey: z.uuid().optional(),
  version: z.coerce.number().int().min(1).optional(),
});

type Controls = z.output<typeof controlsSchema>;

export type PreparedIncident =
  | { done: IncidentFormState }
  | { done?: undefined; input: z.output<typeof incidentFormSchema>; values: IncidentFormState["values"]; controls: Controls };

/** Posted form data → the validated incident, or the form state to answer with. */
export function prepareIncident(formData: FormData): PreparedIncident {
  const { raw, formError } = formDataToObject(formData);
  const values = toIncidentFormValues(raw);
  if (formError) return { done: { fieldErrors: {}, values, formError } };
  const controls = controlsSchema.safeParse({
    intent: raw.intent,
    submissionKey: raw.submissionKey,
    version: raw.version,
  });
  if (!controls.success) {
    return { done: { fieldErrors: {}, values, formError: "This form is out of date. Reload the page and enter the incident again." } };
  }
  if (controls.data.intent) {
    const changed = applyRowIntent(values, controls.data.intent);
    if (changed) return { done: { fieldErrors: {}, values: changed } };
  }
  const parsed = incidentFormSchema.safeParse(values);
  if (!parsed.success) return { done: { fieldErrors: fieldErrorsOf(parsed.error), formError: FIX_FIELDS, values } };
  return { input: parsed.data, values, controls: controls.data };
}

export type Submission<S> = { saved: string; state?: undefined } | { saved?: undefined; state: S };

/** Who saves: the signed-in account, and whether its role may set a verification (editor). */
export type IncidentActor = { actorId: string | null; mayVerify: boolean };

/** Saves a validated incident; a refusal or a database failure becomes the form state. */
export async function savePreparedIncident(
  prepared: Exclude<PreparedIncident, { done: IncidentFormState }>,
  actor: IncidentActor,
): Promise<Submission<IncidentFormState>> {
  try {
    return { saved: await createIncident(prepared.input, { submissionKey: prepared.controls.submissionKey, ...actor }) };
  } catch (error) {
    return { state: failure(error, prepared.values, "Saving an incident") };
  }
}

/** Validates and saves a new incident; never throws for bad input or a database failure. */
export async function submitNewIncident(formData: FormData, actor: IncidentActor): Promise<Submission<IncidentFormState>> {
  const prepared = prepareIncident(formData);
  if (prepared.done) return { state: prepared.done };
  return savePreparedIncident(prepared, actor);
}
