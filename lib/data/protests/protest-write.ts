import type { Prisma } from "@/generated/prisma/client";
import { RuleError } from "@/lib/data/errors";
import type { ProtestInput } from "@/lib/validations/protest";
import { toDateOnly } from "@/lib/validations/dates";

// Shared by create and update: the columns of a validated protest, and the ids of
// the incidents it covers (every reference must name a live incident).

export function protestColumns(input: ProtestInput) {
  return {
    kind: input.kind,
    fromState: input.fromState,
    recipient: input.recipient,
    sentOn: input.sentOn ? toDateOnly(input.sentOn) : null,
    documentReference: input.documentReference,
    responseDueOn: input.responseDueOn ? toDateOnly(input.responseDueOn) : null,
    notes: input.notes,
  } satisfies Partial<Prisma.ProtestUncheckedCreateInput>;
}

export async function incidentIdsFor(tx: Prisma.TransactionClient, references: string[]): Promise<number[]> {
  const found = await tx.incident.findMany({
    where: { reference: { in: references }, archivedAt: null },
    select: { id: true, reference: true },
  });
  const missing = references.filter((r) => !found.some((f) => f.reference === r));
  if (missing.length) {
    throw new RuleError(`No incident ${missing.join(", ")}: remove ${missing.length === 1 ? "it" : "them"} or check the reference.`, "incidents");
  }
  return found.map((f) => f.id);
}
