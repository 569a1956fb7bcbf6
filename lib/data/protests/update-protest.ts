import "server-only";
import { getPrisma } from "@/lib/db";
import { changedFields, hasChanges } from "@/lib/audit/changed-fields";
import { editConflict } from "@/lib/data/audit/edit-conflict";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { ConflictError, NotFoundError } from "@/lib/data/errors";
import { PROTEST_SNAPSHOT_INCLUDE, protestInputSnapshot, protestSnapshot } from "@/lib/data/protests/protest-snapshot";
import { incidentIdsFor, protestColumns } from "@/lib/data/protests/protest-write";
import type { ProtestInput } from "@/lib/validations/protest";

/** Changes a protest's details and incidents (not its status), if nobody saved it meanwhile. */
export async function updateProtest(
  reference: string,
  expectedVersion: number,
  input: ProtestInput,
  actorId: string | null = null,
): Promise<void> {
  await getPrisma().$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM protests WHERE reference = ${reference} FOR UPDATE`;
    const id = locked[0]?.id;
    if (id === undefined) throw new NotFoundError(`Protest ${reference} does not exist.`);
    const current = await tx.protest.findUniqueOrThrow({ where: { id }, include: PROTEST_SNAPSHOT_INCLUDE });
    if (current.archivedAt) throw new ConflictError(`Protest ${reference} is archived: restore it before editing.`);
    const before = protestSnapshot(current);
    const yours = protestInputSnapshot(input);
    if (current.version !== expectedVersion) throw await editConflict(tx, "protest", reference, before, { ...before, ...yours });
    const incidentIds = await incidentIdsFor(tx, input.incidents);
    await tx.protest.update({ where: { id }, data: { ...protestColumns(input), version: { increment: 1 }, updatedById: actorId } });
    await tx.protestIncident.deleteMany({ where: { protestId: id } });
    await tx.protestIncident.createMany({ data: incidentIds.map((incidentId) => ({ protestId: id, incidentId })) });
    const changes = changedFields(before, { ...before, ...yours });
    if (hasChanges(changes)) await recordAudit(tx, { actorId, entity: "protest", entityKey: reference, action: "update", ...changes });
  });
}
