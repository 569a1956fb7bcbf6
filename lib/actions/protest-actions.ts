"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { failure, refused } from "@/lib/actions/action-failure";
import { FIX_FIELDS, type FormState } from "@/lib/actions/form-state";
import { requireRole } from "@/lib/auth/require-role";
import { setProtestArchived } from "@/lib/data/protests/set-protest-archived";
import { changeProtestStatus } from "@/lib/data/protests/change-protest-status";
import { createProtest } from "@/lib/data/protests/create-protest";
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

const controlsSchema = z.object({
  submissionKey: z.uuid().optional(),
  version: z.coerce.number().int().min(1).optional(),
});

const OUT_OF_DATE = "This form is out of date. Reload the page and try again.";

export async function createProtestAction(_prev: ProtestFormState, formData: FormData): Promise<ProtestFormState> {
  const raw = formDataToObject(formData);
  const values = toProtestFormValues(raw);
  const controls = controlsSchema.safeParse(raw);
  if (!controls.success) return { fieldErrors: {}, formError: OUT_OF_DATE, values };
  const parsed = protestFormSchema.safeParse(values);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), formError: FIX_FIELDS, values };
  const access = await requireRole("editor", "recording a protest");
  if (!access.ok) return refused(access, values);
  let reference: string;
  try {
    reference = await createProtest(parsed.data, { submissionKey: controls.data.submissionKey, actorId: access.user.id });
  } catch (error) {
    return failure(error, values, "createProtestAction");
  }
  redirect(`/protests/${reference}`);
}

export async function updateProtestAction(reference: string, _prev: ProtestFormState, formData: FormData): Promise<ProtestFormState> {
  const raw = formDataToObject(formData);
  const values = toProtestFormValues(raw);
  const controls = controlsSchema.safeParse(raw);
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
  const raw = formDataToObject(formData);
  const values = toStatusChangeValues(raw);
  const controls = controlsSchema.safeParse(raw);
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
