import "server-only";
import { getPrisma } from "@/lib/db";
import { changedFields } from "@/lib/audit/changed-fields";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { ConflictError, NotFoundError, RuleError } from "@/lib/data/errors";
import { PROTEST_SNAPSHOT_INCLUDE, protestSnapshot } from "@/lib/data/protests/protest-snapshot";
import { todayUtc, treatyDueDate } from "@/lib/protests/due-date";
import { checkStatusMove } from "@/lib/protests/status-rules";
import { formatDateOnly, toDateOnly } from "@/lib/validations/dates";
import type { StatusChangeInput } from "@/lib/validations/protest";

/**
 * Moves a protest to a new status and records the change in its history, in one
 * transaction. An illegal move, or a change made from an outdated page, changes nothing.
 */
export async function changeProtestStatus(
  reference: string,
  expectedVersion: number,
  change: StatusChangeInput,
  actorId: string | null = null,
): Promise<void> {
  await getPrisma().$transaction(async (tx) => {
    const current = await tx.protest.findUnique({ where: { reference }, include: PROTEST_SNAPSHOT_INCLUDE });
    if (!current) throw new NotFoundError(`Protest ${reference} does not exist.`);
    if (current.archivedAt) throw new ConflictError(`Protest ${reference} is archived: restore it before changing it.`);
    if (current.version !== expectedVersion) {
      throw new ConflictError(`Protest ${reference} changed after you opened it. Reload the page, then change its status again.`);
    }
    const move = checkStatusMove(current.status, change.toStatus, change.note);
    if (!move.ok) throw new RuleError(move.message, move.field);

    const changedOn = change.changedOn ?? todayUtc();
    // Sending a draft dates it, and an Article 8.2 request's answer falls due 28 days later.
    const sentOn = current.sentOn ? formatDateOnly(current.sentOn) : change.toStatus === "sent" ? changedOn : null;
    const dueOn = treatyDueDate(current.kind, sentOn) ?? (current.responseDueOn ? formatDateOnly(current.responseDueOn) : null);
    const { count } = await tx.protest.updateMany({
      where: { id: current.id, version: expectedVersion },
      data: {
        status: change.toStatus,
        version: { increment: 1 },
        updatedById: actorId,
        sentOn: sentOn ? toDateOnly(sentOn) : null,
        responseDueOn: dueOn ? toDateOnly(dueOn) : null,
        ...(change.toStatus === "response_received"
          ? { responseReceivedOn: toDateOnly(change.responseReceivedOn ?? changedOn), responseSummary: change.responseSummary }
          : {}),
      },
    });
    if (count === 0) throw new ConflictError(`Protest ${reference} changed meanwhile. Reload the page, then try again.`);
    const note = move.reopen ? `Reopened: ${change.note}` : change.note;
    await tx.protestStatusChange.create({
      data: { protestId: current.id, fromStatus: current.status, toStatus: change.toStatus, changedOn: toDateOnly(changedOn), note },
    });
    const after = await tx.protest.findUniqueOrThrow({ where: { id: current.id }, include: PROTEST_SNAPSHOT_INCLUDE });
    const changes = changedFields(protestSnapshot(current), protestSnapshot(after));
    await recordAudit(tx, {
      actorId,
      entity: "protest",
      entityKey: reference,
      action: "status_change",
      before: changes.before,
      after: { ...changes.after, ...(note ? { statusNote: note } : {}) },
    });
  });
}
