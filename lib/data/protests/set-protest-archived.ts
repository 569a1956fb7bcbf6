import "server-only";
import { getPrisma } from "@/lib/db";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { ConflictError, NotFoundError } from "@/lib/data/errors";

/** Archives or restores a protest step; nothing is deleted, and the history says who and when. */
export async function setProtestArchived(reference: string, archive: boolean, actorId: string | null = null): Promise<void> {
  await getPrisma().$transaction(async (tx) => {
    const current = await tx.protest.findUnique({ where: { reference }, select: { id: true, archivedAt: true } });
    if (!current) throw new NotFoundError(`Protest ${reference} does not exist.`);
    const already = archive === (current.archivedAt !== null);
    const archivedAt = archive ? new Date() : null;
    const { count } = already
      ? { count: 0 }
      : await tx.protest.updateMany({
          where: { id: current.id, archivedAt: current.archivedAt },
          data: { archivedAt, version: { increment: 1 }, updatedById: actorId },
        });
    if (count === 0) {
      throw new ConflictError(`Protest ${reference} is ${archive ? "archived" : "not archived"} already. Reload the page to see it as it is now.`);
    }
    await recordAudit(tx, {
      actorId,
      entity: "protest",
      entityKey: reference,
      action: archive ? "archive" : "restore",
      before: { archivedAt: current.archivedAt?.toISOString() ?? null },
      after: { archivedAt: archivedAt?.toISOString() ?? null },
    });
  });
}
