"use server";

import { redirect } from "next/navigation";
import { ConflictError, NotFoundError } from "@/lib/data/errors";
import { updateIncident } from "@/lib/data/incidents/update-incident";
import { DATABASE_DOWN, type IncidentFormState } from "@/lib/actions/form-state";
import { prepareIncident, submitNewIncident } from "@/lib/actions/submit-incident";
import { INCIDENT_REFERENCE } from "@/lib/validations/references";

export async function createIncidentAction(_prev: IncidentFormState, formData: FormData): Promise<IncidentFormState> {
  const submission = await submitNewIncident(formData);
  if (submission.state) return submission.state;
  redirect(`/incidents/${submission.saved}`);
}

export async function updateIncidentAction(
  reference: string,
  _prev: IncidentFormState,
  formData: FormData,
): Promise<IncidentFormState> {
  const prepared = prepareIncident(formData);
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
