import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { getPrisma } from "@/lib/db";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { ConflictError, NotFoundError } from "@/lib/data/errors";

/**
 * Archives (hides from lists, summaries and exports) or restores an incident. Nothing
 * is deleted; the history row says who did it and when.
 */
export async function setIncidentArchived(
  reference: string,
  archive: boolean,
  { actorId = null, db = getPrisma() }: { actorId?: string | null; db?: PrismaClient } = {},
): Promise<void> {
  await db.$transaction(async (tx) => {
    const current = await tx.incident.findUnique({ where: { reference }, select: { id: true, archivedAt: true } });
    if (!current) throw new NotFoundError(`Incident ${reference} does not exist.`);
    const already = archive === (current.archivedAt !== null);
    const archivedAt = archive ? new Date() : null;
    // Conditional on the state just read, so two clicks at once archive (or restore) once.
    const { count } = already
      ? { count: 0 }
      : await tx.incident.updateMany({
          where: { id: current.id, archivedAt: current.archivedAt },
          data: { archivedAt, version: { increment: 1 }, updatedById: actorId },
        });
    if (count === 0) {
      throw new ConflictError(`Incident ${reference} is ${archive ? "archived" : "not archived"} already. Reload the page to see it as it is now.`);
    }
    await recordAudit(tx, {
      actorId,
      entity: "incident",
      entityKey: reference,
      action: archive ? "archive" : "restore",
      before: { archivedAt: current.archivedAt?.toISOString() ?? null },
      after: { archivedAt: archivedAt?.toISOString() ?? null },
    });
  });
}
