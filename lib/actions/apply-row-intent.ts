import { EMPTY_CASUALTY, EMPTY_SOURCE, type IncidentFormValues } from "@/lib/validations/incident";

// Without JavaScript, "Add casualty" and "Remove" are submit buttons named
// "intent": the action answers with one row more or less and saves nothing.

const INTENT = /^(add|remove)-(source|casualty)(?::(\d{1,3}))?$/;

export function applyRowIntent(values: IncidentFormValues, intent: string): IncidentFormValues | null {
  const match = INTENT.exec(intent);
  if (!match) return null;
  const [, verb, kind, index] = match;
  const key = kind === "source" ? "sources" : "casualties";
  const current = values[key] as unknown[];
  let next: unknown[];
  if (verb === "add") next = [...current, kind === "source" ? { ...EMPTY_SOURCE } : { ...EMPTY_CASUALTY }];
  else next = current.filter((_, i) => i !== Number(index));
  return { ...values, [key]: next };
}
