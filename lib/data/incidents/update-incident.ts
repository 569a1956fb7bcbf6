import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { getPrisma } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/data/errors";
import { casualtyRows, incidentColumns, sourceRows } from "@/lib/data/incidents/incident-write";
import type { IncidentInput } from "@/lib/validations/incident";

/**
 * Replaces an incident's data, casualties and sources, but only if nobody saved it
 * since `expectedVersion` was read; otherwise nothing is written.
 */
export async function updateIncident(
  reference: string,
  expectedVersion: number,
  input: IncidentInput,
  db: PrismaClient = getPrisma(),
): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.incident.updateMany({
      where: { reference, version: expectedVersion, archivedAt: null },
      data: { ...incidentColumns(input), version: { increment: 1 } },
    });
    if (count === 0) {
      const current = await tx.incident.findUnique({ where: { reference }, select: { version: true, archivedAt: true } });
      if (!current) throw new NotFoundError(`Incident ${reference} does not exist.`);
      if (current.archivedAt) throw new ConflictError(`Incident ${reference} is archived: restore it before editing.`);
      throw new ConflictError(
        `Someone else saved incident ${reference} after you opened it. Nothing of yours was saved: ` +
          `reload the page to see their changes, then make yours again.`,
      );
    }
    const { id } = await tx.incident.findUniqueOrThrow({ where: { reference }, select: { id: true } });
    await tx.casualty.deleteMany({ where: { incidentId: id } });
    await tx.source.deleteMany({ where: { incidentId: id } });
    await tx.casualty.createMany({ data: casualtyRows(input).map((c) => ({ ...c, incidentId: id })) });
    await tx.source.createMany({ data: sourceRows(input).map((s) => ({ ...s, incidentId: id })) });
  });
}
