import type { ProtestKind, ProtestStatus } from "@/generated/prisma/enums";
import { AWAITING_RESPONSE } from "@/lib/protests/status-rules";

// Article 8.2: the State asked "shall provide ... within 28 days ... all information
// which would assist in clarifying this matter". The due date of such a request is
// therefore fixed by the treaty; other steps take a due date when one applies.
export const ARTICLE_8_2_DAYS = 28;

export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The due date the treaty sets for this kind, or null when it sets none. */
export function treatyDueDate(kind: ProtestKind | string, sentOn: string | null): string | null {
  return kind === "article_8_2_request" && sentOn ? addDays(sentOn, ARTICLE_8_2_DAYS) : null;
}

/** Today's date in UTC, the reference for "overdue". */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

type DueFacts = { status: ProtestStatus; responseDueOn: string | null; responseReceivedOn: string | null };

/** A due date that has passed: the day after it, an answer is late. */
export function isPastDue(dueOn: string | null, today: string = todayUtc()): boolean {
  return dueOn !== null && dueOn < today;
}

/** Past its due date, still waiting for an answer. */
export function isOverdue(p: DueFacts, today: string = todayUtc()): boolean {
  return AWAITING_RESPONSE.includes(p.status) && p.responseReceivedOn === null && isPastDue(p.responseDueOn, today);
}
