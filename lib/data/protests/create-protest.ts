import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { getPrisma } from "@/lib/db";
import { isUniqueViolation } from "@/lib/data/errors";
import { allocateReference } from "@/lib/data/incidents/allocate-reference";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { PROTEST_SNAPSHOT_INCLUDE, protestSnapshot } from "@/lib/data/protests/protest-snapshot";
import { incidentIdsFor, protestColumns } from "@/lib/data/protests/protest-write";
import { todayUtc } from "@/lib/protests/due-date";
import type { ProtestInput } from "@/lib/validations/protest";
import { toDateOnly } from "@/lib/validations/dates";

export const PROTEST_PREFIX = "PR";

/** Saves a protest, its incident links and its first history row in one transaction. */
export async function createProtest(
  input: ProtestInput,
  options: { submissionKey?: string; actorId?: string | null; db?: PrismaClient } = {},
): Promise<string> {
  const db = options.db ?? getPrisma();
  const { submissionKey, actorId = null } = options;
  try {
    return await db.$transaction(async (tx) => {
      const incidentIds = await incidentIdsFor(tx, input.incidents);
      const changedOn = input.sentOn ?? todayUtc();
      const reference = await allocateReference(tx, PROTEST_PREFIX, Number(changedOn.slice(0, 4)));
      const created = await tx.protest.create({
        include: PROTEST_SNAPSHOT_INCLUDE,
        data: {
          createdById: actorId,
          updatedById: actorId,
          ...protestColumns(input),
          reference,
          status: input.status,
          submissionKey: submissionKey ?? null,
          incidents: { create: incidentIds.map((incidentId) => ({ incidentId })) },
          history: { create: { fromStatus: null, toStatus: input.status, changedOn: toDateOnly(changedOn) } },
        },
      });
      await recordAudit(tx, { actorId, entity: "protest", entityKey: reference, action: "create", before: null, after: protestSnapshot(created) });
      return reference;
    });
  } catch (error) {
    if (submissionKey && isUniqueViolation(error, "submission_key")) {
      const existing = await db.protest.findUnique({ where: { submissionKey }, select: { reference: true } });
      if (existing) return existing.reference;
    }
    throw error;
  }
}
