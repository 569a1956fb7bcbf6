"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { DATABASE_DOWN, FIX_FIELDS, type FormState } from "@/lib/actions/form-state";
import { ConflictError, NotFoundError, RuleError } from "@/lib/data/errors";
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

/** Expected failures become messages; anything else is logged and reported generically. */
function failure<V>(error: unknown, values: V, where: string): FormState<V> {
  if (error instanceof RuleError && error.field) return { fieldErrors: { [error.field]: error.message }, formError: FIX_FIELDS, values };
  if (error instanceof RuleError || error instanceof ConflictError || error instanceof NotFoundError) {
    return { fieldErrors: {}, formError: error.message, values };
  }
  console.error(`${where} failed`, error);
  return { fieldErrors: {}, formError: DATABASE_DOWN, values };
}

export async function createProtestAction(_prev: ProtestFormState, formData: FormData): Promise<ProtestFormState> {
  const raw = formDataToObject(formData);
  const values = toProtestFormValues(raw);
  const controls = controlsSchema.safeParse(raw);
  if (!controls.success) return { fieldErrors: {}, formError: OUT_OF_DATE, values };
  const parsed = protestFormSchema.safeParse(values);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), formError: FIX_FIELDS, values };
  let reference: string;
  try {
    reference = await createProtest(parsed.data, { submissionKey: controls.data.submissionKey });
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
  const controls = controlsSchema.safeParse(raw);
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
