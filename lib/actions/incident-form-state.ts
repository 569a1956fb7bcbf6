import type { IncidentFormValues } from "@/lib/validations/incident";

/** What an incident action answers when it does not redirect. */
export type IncidentFormState = {
  fieldErrors: Record<string, string>;
  formError?: string;
  values: IncidentFormValues;
};
