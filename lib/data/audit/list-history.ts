import "server-only";
import type { AuditAction, AuditEntity } from "@/generated/prisma/enums";
import { describeValue, fieldLabel } from "@/lib/audit/describe-change";
import { getPrisma } from "@/lib/db";
import { INCIDENT_REFERENCE, PROTEST_REFERENCE } from "@/lib/validations/references";

export type HistoryEntry = {
  id: number;
  occurredAt: string;
  /** The account's name, or null for the registry itself (demo data). */
  actorName: string | null;
  action: AuditAction;
  changes: { field: string; before: string | null; after: string }[];
};

// A record's history is short (one row per save); a cap keeps a pathological one readable.
const MAX_ENTRIES = 500;

// A key that cannot name a record (a NUL byte, which PostgreSQL refuses in text) has no history.
const KEY_PATTERN: Record<AuditEntity, RegExp> = { incident: INCIDENT_REFERENCE, protest: PROTEST_REFERENCE, user: /^[\w-]{1,40}$/ };

const asObject = (value: unknown): Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** Every history row of one incident or protest, oldest first, in words. */
export async function listHistory(entity: AuditEntity, entityKey: string): Promise<HistoryEntry[]> {
  if (!KEY_PATTERN[entity].test(entityKey)) return [];
  const rows = await getPrisma().auditEvent.findMany({
    where: { entity, entityKey },
    orderBy: { id: "asc" },
    take: MAX_ENTRIES,
    select: { id: true, occurredAt: true, action: true, before: true, after: true, actor: { select: { name: true } } },
  });
  return rows.map((row) => {
    const before = row.before === null ? null : asObject(row.before);
    const after = asObject(row.after);
    return {
      id: row.id,
      occurredAt: row.occurredAt.toISOString(),
      actorName: row.actor?.name ?? null,
      action: row.action,
      changes: Object.keys(after).map((field) => ({
        field: fieldLabel(field),
        before: before ? describeValue(field, before[field]) : null,
        after: describeValue(field, after[field]),
      })),
    };
  });
}
