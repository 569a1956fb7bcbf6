import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { AuditAction, AuditEntity } from "@/generated/prisma/enums";
import type { Snapshot } from "@/lib/audit/changed-fields";

export type AuditEntry = {
  /** The account that made the write; null for the registry itself (demo data). */
  actorId: string | null;
  entity: AuditEntity;
  entityKey: string;
  action: AuditAction;
  before: Snapshot | null;
  after: Snapshot | null;
};

const json = (value: Snapshot | null) => (value === null ? undefined : (value as Prisma.InputJsonObject));

/** Writes history rows inside the caller's transaction, so a write and its history commit together. */
export async function recordAudit(tx: Prisma.TransactionClient, ...entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.auditEvent.createMany({
    data: entries.map((e) => ({
      actorId: e.actorId,
      entity: e.entity,
      entityKey: e.entityKey,
      action: e.action,
      before: json(e.before),
      after: json(e.after),
    })),
  });
}
