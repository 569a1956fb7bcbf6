import "server-only";
import { getPrisma } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/data/errors";
import { incidentIdsFor, protestColumns } from "@/lib/data/protests/protest-write";
import type { ProtestInput } from "@/lib/validations/protest";

/** Changes a protest's details and incidents (not its status), if nobody saved it meanwhile. */
export async function updateProtest(reference: string, expectedVersion: number, input: ProtestInput): Promise<void> {
  await getPrisma().$transaction(async (tx) => {
    const incidentIds = await incidentIdsFor(tx, input.incidents);
    const { count } = await tx.protest.updateMany({
      where: { reference, version: expectedVersion, archivedAt: null },
      data: { ...protestColumns(input), version: { increment: 1 } },
    });
    if (count === 0) {
      const exists = await tx.protest.findUnique({ where: { reference }, select: { id: true } });
      if (!exists) throw new NotFoundError(`Protest ${reference} does not exist.`);
      throw new ConflictError(
        `Someone else saved protest ${reference} after you opened it. Nothing of yours was saved: reload the page to see their changes, then make yours again.`,
      );
    }
    const { id } = await tx.protest.findUniqueOrThrow({ where: { reference }, select: { id: true } });
    await tx.protestIncident.deleteMany({ where: { protestId: id } });
    await tx.protestIncident.createMany({ data: incidentIds.map((incidentId) => ({ protestId: id, incidentId })) });
  });
}
