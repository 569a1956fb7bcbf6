import type { Prisma } from "@/generated/prisma/client";
import { todayUtc } from "@/lib/protests/due-date";
import { AWAITING_RESPONSE } from "@/lib/protests/status-rules";
import { toDateOnly } from "@/lib/validations/dates";

/** The database form of isOverdue(): past its due date, still waiting for an answer. */
export function overdueProtestWhere(today = todayUtc()): Prisma.ProtestWhereInput {
  return { status: { in: [...AWAITING_RESPONSE] }, responseReceivedOn: null, responseDueOn: { lt: toDateOnly(today) } };
}
