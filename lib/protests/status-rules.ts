import type { ProtestStatus } from "@/generated/prisma/enums";

// A protest moves forward along this line; skipping steps is fine (an answer may
// arrive without an acknowledgement). Going back is a "reopen", which needs a note.
export const STATUS_ORDER: readonly ProtestStatus[] = ["draft", "sent", "acknowledged", "response_received", "closed"];

const rank = (status: ProtestStatus) => STATUS_ORDER.indexOf(status);

export type StatusMove = { ok: true; reopen: boolean } | { ok: false; message: string; field: "toStatus" | "note" };

export function checkStatusMove(from: ProtestStatus, to: ProtestStatus, note: string | null): StatusMove {
  if (from === to) return { ok: false, field: "toStatus", message: "The protest already has this status: choose another one." };
  if (rank(to) > rank(from)) return { ok: true, reopen: false };
  if (!note) {
    return {
      ok: false,
      field: "note",
      message: "Moving a protest back is a reopening: explain why in the note, then save again.",
    };
  }
  return { ok: true, reopen: true };
}

export function laterStatuses(from: ProtestStatus): ProtestStatus[] {
  return STATUS_ORDER.filter((s) => rank(s) > rank(from));
}

export function earlierStatuses(from: ProtestStatus): ProtestStatus[] {
  return STATUS_ORDER.filter((s) => rank(s) < rank(from));
}

/** Statuses in which the protest waits for an answer. */
export const AWAITING_RESPONSE: readonly ProtestStatus[] = ["sent", "acknowledged"];
