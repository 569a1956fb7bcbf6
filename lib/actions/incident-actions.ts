"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { setIncidentArchived } from "@/lib/data/incidents/set-incident-archived";
import { updateIncident } from "@/lib/data/incidents/update-incident";
import { failure, refused } from "@/lib/actions/action-failure";
import { type FormState, type IncidentFormState } from "@/lib/actions/form-state";
import { prepareIncident, savePreparedIncident } from "@/lib/actions/submit-incident";
import { requireRole } from "@/lib/auth/require-role";
import { hasRole } from "@/lib/auth/roles";
import { INCIDENT_REFERENCE } from "@/lib/validations/references";

export async function createIncidentAction(_prev: IncidentFormState, formData: FormData): Promise<IncidentFormState> {
  const prepared = prepareIncident(formData);
  if (prepared.done) return prepared.done;
  const access = await requireRole("reporter", "logging an incident");
  if (!access.ok) return refused(access, prepared.values);
  const submission = await savePreparedIncident(prepared, { actorId: access.user.id, mayVerify: hasRole(access.user.role, "editor") });
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
