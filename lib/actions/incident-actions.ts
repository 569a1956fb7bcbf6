"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { ConflictError, NotFoundError } from "@/lib/data/errors";
import { createIncident } from "@/lib/data/incidents/create-incident";
import { updateIncident } from "@/lib/data/incidents/update-incident";
import { applyRowIntent } from "@/lib/actions/apply-row-intent";
import { DATABASE_DOWN, FIX_FIELDS, type IncidentFormState } from "@/lib/actions/form-state";
import { fieldErrorsOf, formDataToObject } from "@/lib/validations/form-data";
import { incidentFormSchema } from "@/lib/validations/incident";
import { toIncidentFormValues } from "@/lib/validations/incident-form-values";
import { INCIDENT_REFERENCE } from "@/lib/validations/references";


const controlsSchema = z.object({
  intent: z.string().max(40).optional(),
  submissionKey: z.uuid().optional(),
  version: z.coerce.number().int().min(1).optional(),
});

type Prepared =
  | { done: IncidentFormState }
  | { done?: undefined; input: z.output<typeof incidentFormSchema>; values: IncidentFormState["values"]; controls: z.output<typeof controlsSchema> };

function prepare(formData: FormData): Prepared {
  const raw = formDataToObject(formData);
  const values = toIncidentFormValues(raw);
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

export async function createIncidentAction(_prev: IncidentFormState, formData: FormData): Promise<IncidentFormState> {
  const prepared = prepare(formData);
  if (prepared.done) return prepared.done;
  let reference: string;
  try {
    reference = await createIncident(prepared.input, { submissionKey: prepared.controls.submissionKey });
  } catch (error) {
    console.error("createIncidentAction failed", error);
    return { fieldErrors: {}, values: prepared.values, formError: DATABASE_DOWN };
  }
  redirect(`/incidents/${reference}`);
}

export async function updateIncidentAction(
  reference: string,
  _prev: IncidentFormState,
  formData: FormData,
): Promise<IncidentFormState> {
  const prepared = prepare(formData);
  if (prepared.done) return prepared.done;
  if (!INCIDENT_REFERENCE.test(reference)) {
    return { fieldErrors: {}, values: prepared.values, formError: `There is no incident ${reference}.` };
  }
  const { version } = prepared.controls;
  if (version === undefined) {
    return { fieldErrors: {}, values: prepared.values, formError: "This form is out of date. Reload the page and make your changes again." };
  }
  try {
    await updateIncident(reference, version, prepared.input);
  } catch (error) {
    if (error instanceof ConflictError || error instanceof NotFoundError) {
      return { fieldErrors: {}, values: prepared.values, formError: error.message };
    }
    console.error("updateIncidentAction failed", error);
    return { fieldErrors: {}, values: prepared.values, formError: DATABASE_DOWN };
  }
  redirect(`/incidents/${reference}`);
}
