"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { failure, refused } from "@/lib/actions/action-failure";
import { FIX_FIELDS, type FormState } from "@/lib/actions/form-state";
import { requireRole } from "@/lib/auth/require-role";
import { OUT_OF_DATE, prepareProtest, protestControlsSchema, savePreparedProtest } from "@/lib/actions/submit-protest";
import { setProtestArchived } from "@/lib/data/protests/set-protest-archived";
import { changeProtestStatus } from "@/lib/data/protests/change-protest-status";
import { getProtest } from "@/lib/data/protests/get-protest";
import { updateProtest } from "@/lib/data/protests/update-protest";
import { fieldErrorsOf, formDataToObject } from "@/lib/validations/form-data";
import {
  protestFormSchema,
  statusChangeSchema,
  type ProtestFormValues,
  type StatusChangeValues,
} from "@/lib/validations/protest";
import { PROTEST_REFERENCE } from "@/lib/validations/references";
import { toProtestFormValues, toStatusChangeValues } from "@/lib/validations/protest-form-values";

export type ProtestFormState = FormState<ProtestFormValues>;
export type StatusChangeState = FormState<StatusChangeValues>;


export async function createProtestAction(_prev: ProtestFormState, formData: FormData): Promise<ProtestFormState> {
  const prepared = prepareProtest(formData);
  if (prepared.done) return prepared.done;
  const access = await requireRole("editor", "recording a protest");
  if (!access.ok) return refused(access, prepared.values);
  const submission = await savePreparedProtest(prepared, access.user.id);
  if (submission.state) return submission.state;
  redirect(`/protests/${submission.saved}`);
}

export async function updateProtestAction(reference: string, _prev: ProtestFormState, formData: FormData): Promise<ProtestFormState> {
  const { raw, formError } = formDataToObject(formData);
  const values = toProtestFormValues(raw);
  if (formError) return { fieldErrors: {}, formError, values };
  const controls = protestControlsSchema.safeParse(raw);
  if (!PROTEST_REFERENCE.test(reference)) return { fieldErrors: {}, formError: `There is no protest ${reference}.`, values };
  if (!controls.success || controls.data.version === undefined) return { fieldErrors: {}, formError: OUT_OF_DATE, values };
  const access = await requireRole("editor", "editing a protest");
  if (!access.ok) return refused(access, values);
  try {
    // Status is changed on the protest's page; here it only decides whether a date sent is required.
    const current = await getProtest(reference);
    if (!current) return { fieldErrors: {}, formError: `There is no protest ${reference}.`, values };
    const parsed = protestFormSchema.safeParse({ ...values, status: current.status === "draft" ? "draft" : "sent" });
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), formError: FIX_FIELDS, values };
    await updateProtest(reference, controls.data.version, parsed.data, access.user.id);
  } catch (error) {
    return failure(error, values, "updateProtestAction");
  }
  redirect(`/protests/${reference}`);
}

export async function changeProtestStatusAction(
  reference: string,
  _prev: StatusChangeState,
  formData: FormData,
): Promise<StatusChangeState> {
  const { raw, formError } = formDataToObject(formData);
  const values = toStatusChangeValues(raw);
  if (formError) return { fieldErrors: {}, formError, values };
  const controls = protestControlsSchema.safeParse(raw);
  if (!PROTEST_REFERENCE.test(reference)) return { fieldErrors: {}, formError: `There is no protest ${reference}.`, values };
  if (!controls.success || controls.data.version === undefined) return { fieldErrors: {}, formError: OUT_OF_DATE, values };
  const parsed = statusChangeSchema.safeParse(values);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), formError: FIX_FIELDS, values };
  const access = await requireRole("editor", "changing a protest's status");
  if (!access.ok) return refused(access, values);
  try {
    await changeProtestStatus(reference, controls.data.version, parsed.data, access.user.id);
  } catch (error) {
    return failure(error, values, "changeProtestStatusAction");
  }
  redirect(`/protests/${reference}`);
}

export type ProtestArchiveState = FormState<Record<string, never>>;

/** Archive (`archive` true) or restore a protest step; bound to its reference by the page. */
export async function setProtestArchivedAction(reference: string, archive: boolean): Promise<ProtestArchiveState> {
  const values = {};
  if (!PROTEST_REFERENCE.test(reference)) return { fieldErrors: {}, formError: `There is no protest ${reference}.`, values };
  const access = await requireRole("editor", archive ? "archiving a protest" : "restoring a protest");
  if (!access.ok) return refused(access, values);
  try {
    await setProtestArchived(reference, archive, access.user.id);
  } catch (error) {
    return failure(error, values, "setProtestArchivedAction");
  }
  revalidatePath("/", "layout");
  redirect(`/protests/${reference}`);
}
