import "server-only";
import { getPrisma } from "@/lib/db";
import { overdueProtestWhere } from "@/lib/data/protests/overdue-where";
import { AWAITING_RESPONSE } from "@/lib/protests/status-rules";

export type PendingProtests = { awaitingResponse: number; overdue: number };

/** Live protest steps waiting for an answer, and those of them past their due date. */
export async function countPendingProtests(): Promise<PendingProtests> {
  const db = getPrisma();
  const [awaitingResponse, overdue] = await Promise.all([
    db.protest.count({ where: { archivedAt: null, status: { in: [...AWAITING_RESPONSE] } } }),
    db.protest.count({ where: { archivedAt: null, ...overdueProtestWhere() } }),
  ]);
  return { awaitingResponse, overdue };
}
