import { z } from "zod";
import { DATABASE_DOWN, FIX_FIELDS, type FormState } from "@/lib/actions/form-state";
import type { Submission } from "@/lib/actions/submit-incident";
import { ConflictError, NotFoundError, RuleError } from "@/lib/data/errors";
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

/** Expected failures become messages; anything else is logged and reported generically. */
export function failure<V>(error: unknown, values: V, where: string): FormState<V> {
  if (error instanceof RuleError && error.field) return { fieldErrors: { [error.field]: error.message }, formError: FIX_FIELDS, values };
  if (error instanceof RuleError || error instanceof ConflictError || error instanceof NotFoundError) {
    return { fieldErrors: {}, formError: error.message, values };
  }
  console.error(`${where} failed`, error);
  return { fieldErrors: {}, formError: DATABASE_DOWN, values };
}

/** Validates and saves a new protest step; never throws for bad input or a database failure. */
export async function submitNewProtest(formData: FormData): Promise<Submission<ProtestFormState>> {
  const raw = formDataToObject(formData);
  const values = toProtestFormValues(raw);
  const controls = protestControlsSchema.safeParse(raw);
  if (!controls.success) return { state: { fieldErrors: {}, formError: OUT_OF_DATE, values } };
  const parsed = protestFormSchema.safeParse(values);
  if (!parsed.success) return { state: { fieldErrors: fieldErrorsOf(parsed.error), formError: FIX_FIELDS, values } };
  try {
    return { saved: await createProtest(parsed.data, { submissionKey: controls.data.submissionKey }) };
  } catch (error) {
    return { state: failure(error, values, "Saving a protest") };
  }
}
