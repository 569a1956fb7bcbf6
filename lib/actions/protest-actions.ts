"use server";

import { redirect } from "next/navigation";
import { FIX_FIELDS, type FormState } from "@/lib/actions/form-state";
import {
  OUT_OF_DATE,
  failure,
  protestControlsSchema,
  submitNewProtest,
  type ProtestFormState,
} from "@/lib/actions/submit-protest";
import { changeProtestStatus } from "@/lib/data/protests/change-protest-status";
import { getProtest } from "@/lib/data/protests/get-protest";
import { updateProtest } from "@/lib/data/protests/update-protest";
import { fieldErrorsOf, formDataToObject } from "@/lib/validations/form-data";
import { protestFormSchema, statusChangeSchema, type StatusChangeValues } from "@/lib/validations/protest";
import { PROTEST_REFERENCE } from "@/lib/validations/references";
import { toProtestFormValues, toStatusChangeValues } from "@/lib/validations/protest-form-values";

export type { ProtestFormState };
export type StatusChangeState = FormState<StatusChangeValues>;

export async function createProtestAction(_prev: ProtestFormState, formData: FormData): Promise<ProtestFormState> {
  const submission = await submitNewProtest(formData);
  if (submission.state) return submission.state;
  redirect(`/protests/${submission.saved}`);
}

export async function updateProtestAction(reference: string, _prev: ProtestFormState, formData: FormData): Promise<ProtestFormState> {
  const raw = formDataToObject(formData);
  const values = toProtestFormValues(raw);
  const controls = protestControlsSchema.safeParse(raw);
  if (!PROTEST_REFERENCE.test(reference)) return { fieldErrors: {}, formError: `There is no protest ${reference}.`, values };
  if (!controls.success || controls.data.version === undefined) return { fieldErrors: {}, formError: OUT_OF_DATE, values };
  try {
    // Status is changed on the protest's page; here it only decides whether a date sent is required.
    const current = await getProtest(reference);
    if (!current) return { fieldErrors: {}, formError: `There is no protest ${reference}.`, values };
    const parsed = protestFormSchema.safeParse({ ...values, status: current.status === "draft" ? "draft" : "sent" });
    if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), formError: FIX_FIELDS, values };
    await updateProtest(reference, controls.data.version, parsed.data);
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
  const controls = protestControlsSchema.safeParse(raw);
  if (!PROTEST_REFERENCE.test(reference)) return { fieldErrors: {}, formError: `There is no protest ${reference}.`, values };
  if (!controls.success || controls.data.version === undefined) return { fieldErrors: {}, formError: OUT_OF_DATE, values };
  const parsed = statusChangeSchema.safeParse(values);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), formError: FIX_FIELDS, values };
  try {
    await changeProtestStatus(reference, controls.data.version, parsed.data);
  } catch (error) {
    return failure(error, values, "changeProtestStatusAction");
  }
  redirect(`/protests/${reference}`);
}
