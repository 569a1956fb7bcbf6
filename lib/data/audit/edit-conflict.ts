import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { AuditEntity } from "@/generated/prisma/enums";
import { changedFields, type Snapshot } from "@/lib/audit/changed-fields";
import { describeValue, fieldLabel } from "@/lib/audit/describe-change";
import { ConflictError } from "@/lib/data/errors";

/**
 * The refusal of an edit that started from an older version: who saved in between,
 * and each field where what is saved now (theirs) differs from the refused edit (yours).
 */
export async function editConflict(
  tx: Prisma.TransactionClient,
  entity: AuditEntity,
  entityKey: string,
  theirs: Snapshot,
  yours: Snapshot,
): Promise<ConflictError> {
  const last = await tx.auditEvent.findFirst({
    where: { entity, entityKey },
    orderBy: { id: "desc" },
    select: { occurredAt: true, actor: { select: { name: true } } },
  });
  const by = last ? ` (${last.actor?.name ?? "the registry"}, ${last.occurredAt.toISOString().slice(0, 16).replace("T", " ")} UTC)` : "";
  const { before, after } = changedFields(theirs, yours);
  const conflicts = Object.keys(after).map((field) => ({
    field: fieldLabel(field),
    theirs: describeValue(field, before[field]),
    yours: describeValue(field, after[field]),
  }));
  return new ConflictError(
    `Someone else saved ${entityKey} after you opened it${by}. Nothing of yours was saved. ` +
      `Reload the page to see what is saved now, then make your changes again.`,
    conflicts,
  );
}
