import type { FieldConflict } from "@/lib/data/errors";
import type { IncidentFormValues } from "@/lib/validations/incident";

/** What a form's Server Action answers when it does not redirect. */
export type FormState<V> = {
  fieldErrors: Record<string, string>;
  formError?: string;
  /** After an edit conflict: each field as saved now (theirs) and as this form has it (yours). */
  conflicts?: FieldConflict[];
  values: V;
};

export type IncidentFormState = FormState<IncidentFormValues>;

export const FIX_FIELDS = "Nothing was saved. Correct the fields marked below, then save again.";

export const DATABASE_DOWN =
  "Nothing was saved: the registry could not reach its database. Your entries are still here; try saving again in a minute.";
