"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { createIncident } from "@/lib/data/incidents/create-incident";
import { setIncidentArchived } from "@/lib/data/incidents/set-incident-archived";
import { updateIncident } from "@/lib/data/incidents/update-incident";
import { applyRowIntent } from "@/lib/actions/apply-row-intent";
import { failure, refused } from "@/lib/actions/action-failure";
import { FIX_FIELDS, type FormState, type IncidentFormState } from "@/lib/actions/form-state";
import { requireRole } from "@/lib/auth/require-role";
import { hasRole } from "@/lib/auth/roles";
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
  const access = await requireRole("reporter", "logging an incident");
  if (!access.ok) return refused(access, prepared.values);
  let reference: string;
  try {
    reference = await createIncident(prepared.input, {
      submissionKey: prepared.controls.submissionKey,
      actorId: access.user.id,
      mayVerify: hasRole(access.user.role, "editor"),
    });
  } catch (error) {
    return failure(error, prepared.values, "createIncidentAction");
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
  const access = await requireRole("reporter", "editing an incident");
  if (!access.ok) return refused(access, prepared.values);
  try {
    await updateIncident(reference, version, prepared.input, { actorId: access.user.id, mayVerify: hasRole(access.user.role, "editor") });
  } catch (error) {
    return failure(error, prepared.values, "updateIncidentAction");
  }
  redirect(`/incidents/${reference}`);
}

export type ArchiveState = FormState<Record<string, never>>;

/** Archive (`archive` true) or restore an incident; bound to its reference by the page. */
export async function setIncidentArchivedAction(reference: string, archive: boolean): Promise<ArchiveState> {
  const values = {};
  if (!INCIDENT_REFERENCE.test(reference)) return { fieldErrors: {}, formError: `There is no incident ${reference}.`, values };
  const access = await requireRole("editor", archive ? "archiving an incident" : "restoring an incident");
  if (!access.ok) return refused(access, values);
  try {
    await setIncidentArchived(reference, archive, { actorId: access.user.id });
  } catch (error) {
    return failure(error, values, "setIncidentArchivedAction");
  }
  revalidatePath("/", "layout");
  redirect(`/incidents/${reference}`);
}
