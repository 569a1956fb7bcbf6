import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { getPrisma } from "@/lib/db";
import { changedFields, hasChanges } from "@/lib/audit/changed-fields";
import { editConflict } from "@/lib/data/audit/edit-conflict";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { ConflictError, NotFoundError, RuleError } from "@/lib/data/errors";
import { casualtyRows, incidentColumns, sourceRows } from "@/lib/data/incidents/incident-write";
import { incidentSnapshot, inputSnapshot, SNAPSHOT_INCLUDE } from "@/lib/data/incidents/incident-snapshot";
import type { IncidentInput } from "@/lib/validations/incident";
import { verificationAfterEdit, VERIFY_NEEDS_EDITOR } from "@/lib/validations/verification-rule";

type Options = {
  actorId?: string | null;
  /** False for a reporter: the verification stays as it is, or returns to "reported" (verification-rule.ts). */
  mayVerify?: boolean;
  db?: PrismaClient;
};

/**
 * Replaces an incident's data, casualties and sources, but only if nobody saved it
 * since `expectedVersion` was read; otherwise nothing is written. The history row
 * records the fields that changed, verification included, in the same transaction.
 */
export async function updateIncident(
  reference: string,
  expectedVersion: number,
  input: IncidentInput,
  { actorId = null, mayVerify = true, db = getPrisma() }: Options = {},
): Promise<void> {
  await db.$transaction(async (tx) => {
    // FOR UPDATE: the snapshot read here is the one this write replaces.
    const locked = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM incidents WHERE reference = ${reference} FOR UPDATE`;
    const id = locked[0]?.id;
    if (id === undefined) throw new NotFoundError(`Incident ${reference} does not exist.`);
    const current = await tx.incident.findUniqueOrThrow({ where: { id }, include: SNAPSHOT_INCLUDE });
    if (current.archivedAt) throw new ConflictError(`Incident ${reference} is archived: restore it before editing.`);
    const before = incidentSnapshot(current);
    if (current.version !== expectedVersion) {
      throw await editConflict(tx, "incident", reference, before, inputSnapshot(input));
    }
    const facts = changedFields(before, { ...inputSnapshot(input), verification: current.verification });
    const verification = verificationAfterEdit({
      current: current.verification,
      requested: input.verification,
      mayVerify,
      factsChanged: hasChanges(facts),
    });
    if (verification === null) throw new RuleError(VERIFY_NEEDS_EDITOR, "verification");
    const saved = { ...input, verification };
    await tx.incident.update({
      where: { id },
      data: { ...incidentColumns(saved), version: { increment: 1 }, updatedById: actorId },
    });
    await tx.casualty.deleteMany({ where: { incidentId: id } });
    await tx.source.deleteMany({ where: { incidentId: id } });
    await tx.casualty.createMany({ data: casualtyRows(saved).map((c) => ({ ...c, incidentId: id })) });
    await tx.source.createMany({ data: sourceRows(saved).map((s) => ({ ...s, incidentId: id })) });
    const changes = changedFields(before, inputSnapshot(saved));
    if (hasChanges(changes)) {
      await recordAudit(tx, { actorId, entity: "incident", entityKey: reference, action: "update", ...changes });
    }
  });
}
