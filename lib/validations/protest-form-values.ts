import { emptyProtestForm, type ProtestFormValues, type StatusChangeValues } from "@/lib/validations/protest";
import type { ProtestDetail } from "@/lib/data/protests/get-protest";

const str = (v: unknown, fallback = "") => (typeof v === "string" ? v : fallback);

/** Whatever was posted, in the protest form's shape (strings of known fields only). */
export function toProtestFormValues(raw: Record<string, unknown>): ProtestFormValues {
  const empty = emptyProtestForm();
  return {
    kind: str(raw.kind),
    fromState: str(raw.fromState),
    recipient: str(raw.recipient),
    status: str(raw.status, String(empty.status)),
    sentOn: str(raw.sentOn),
    documentReference: str(raw.documentReference),
    responseDueOn: str(raw.responseDueOn),
    notes: str(raw.notes),
    incidents: Array.isArray(raw.incidents) ? raw.incidents.filter((r): r is string => typeof r === "string").slice(0, 500) : [],
  };
}

export function toStatusChangeValues(raw: Record<string, unknown>): StatusChangeValues {
  return {
    toStatus: str(raw.toStatus),
    changedOn: str(raw.changedOn),
    note: str(raw.note),
    responseReceivedOn: str(raw.responseReceivedOn),
    responseSummary: str(raw.responseSummary),
  };
}

/** A stored protest as the edit form shows it. */
export function protestToFormValues(p: ProtestDetail): ProtestFormValues {
  return {
    kind: p.kind,
    fromState: p.fromState,
    recipient: p.recipient,
    status: p.status === "draft" ? "draft" : "sent",
    sentOn: p.sentOn ?? "",
    documentReference: p.documentReference ?? "",
    responseDueOn: p.responseDueOn ?? "",
    notes: p.notes ?? "",
    incidents: p.incidents.map((i) => i.reference),
  };
}
