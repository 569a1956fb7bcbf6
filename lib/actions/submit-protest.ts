import { z } from "zod";
import { failure } from "@/lib/actions/action-failure";
import { FIX_FIELDS, type FormState } from "@/lib/actions/form-state";
import type { Submission } from "@/lib/actions/submit-incident";
import { createProtest } from "@/lib/data/protests/create-protest";
import { fieldErrorsOf, formDataToObject } from "@/lib/validations/form-data";
import { protestFormSchema, type ProtestFormValues } from "@/lib/validations/protest";
import { toProtestFormValues } from "@/lib/validations/protest-form-values";

// The read-validate-write part of the protest Server Actions, apart from the
// "use server" wrapper so tests can feed it any FormData.

export type ProtestFormState = FormState<ProtestFormValues>;

export const protestControlsSchema = z.object({
  submissionKey: z.uuid().optional(),
  version: z.coerce.number().int().min(1).optional(),
});

export const OUT_OF_DATE = "This form is out of date. Reload the page and try again.";

export type PreparedProtest =
  | { done: ProtestFormState }
  | { done?: undefined; input: z.output<typeof protestFormSchema>; values: ProtestFormValues; submissionKey?: string };

/** Posted form data → the validated protest step, or the form state to answer with. */
export function prepareProtest(formData: FormData): PreparedProtest {
  const { raw, formError } = formDataToObject(formData);
  const values = toProtestFormValues(raw);
  if (formError) return { done: { fieldErrors: {}, formError, values } };
  const controls = protestControlsSchema.safeParse(raw);
  if (!controls.success) return { done: { fieldErrors: {}, formError: OUT_OF_DATE, values } };
  const parsed = protestFormSchema.safeParse(values);
  if (!parsed.success) return { done: { fieldErrors: fieldErrorsOf(parsed.error), formError: FIX_FIELDS, values } };
  return { input: parsed.data, values, submissionKey: controls.data.submissionKey };
}

/** Saves a validated protest step for `actorId`; a refusal or a database failure becomes the form state. */
export async function savePreparedProtest(
  prepared: Exclude<PreparedProtest, { done: ProtestFormState }>,
  actorId: string | null,
): Promise<Submission<ProtestFormState>> {
  try {
    return { saved: await createProtest(prepared.input, { submissionKey: prepared.submissionKey, actorId }) };
  } catch (error) {
    return { state: failure(error, prepared.values, "Saving a protest") };
  }
}

/** Validates and saves a new protest step; never throws for bad input or a database failure. */
export async function submitNewProtest(formData: FormData, actorId: string | null): Promise<Submission<ProtestFormState>> {
  const prepared = prepareProtest(formData);
  if (prepared.done) return { state: prepared.done };
  return savePreparedProtest(prepared, actorId);
}
