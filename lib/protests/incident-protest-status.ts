import type { ProtestKind, ProtestStatus } from "@/generated/prisma/enums";
import { AWAITING_RESPONSE } from "@/lib/protests/status-rules";

// The protest status of an incident is derived from the protests that cover it,
// never stored by hand. Precedence, applied to the incident's non-archived protests:
//   1. none at all                                   → not_protested
//   2. only drafts                                   → protest_drafted
//   3. every protest beyond draft is closed          → closed
//   4. otherwise the furthest step among the open ones (sent, acknowledged or
//      response received), on the ladder
//        protested < clarification_requested < response_received
//      where an Article 8 step (8.2, 8.5, 8.8) awaiting its answer counts as
//      clarification_requested and any other step awaiting an answer as protested.
// A closed protest never hides one that is still open. The same rules are written
// as a database filter in lib/data/incidents/incident-where.ts; a test keeps the two in step.

export const INCIDENT_PROTEST_STATUSES = [
  "not_protested",
  "protest_drafted",
  "protested",
  "clarification_requested",
  "response_received",
  "closed",
] as const;

export type IncidentProtestStatus = (typeof INCIDENT_PROTEST_STATUSES)[number];

export const ARTICLE_8_KINDS: readonly ProtestKind[] = ["article_8_2_request", "article_8_5_request", "article_8_8_mission"];

export function deriveIncidentProtestStatus(protests: { kind: ProtestKind; status: ProtestStatus }[]): IncidentProtestStatus {
  if (protests.length === 0) return "not_protested";
  const beyondDraft = protests.filter((p) => p.status !== "draft");
  if (beyondDraft.length === 0) return "protest_drafted";
  const open = beyondDraft.filter((p) => p.status !== "closed");
  if (open.length === 0) return "closed";
  if (open.some((p) => p.status === "response_received")) return "response_received";
  if (open.some((p) => ARTICLE_8_KINDS.includes(p.kind) && AWAITING_RESPONSE.includes(p.status))) {
    return "clarification_requested";
  }
  return "protested";
}
