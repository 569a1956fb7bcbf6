import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { getPrisma } from "@/lib/db";
import { isUniqueViolation, RuleError } from "@/lib/data/errors";
import { allocateReference, INCIDENT_PREFIX } from "@/lib/data/incidents/allocate-reference";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { casualtyRows, incidentColumns, sourceRows } from "@/lib/data/incidents/incident-write";
import { inputSnapshot } from "@/lib/data/incidents/incident-snapshot";
import type { IncidentInput } from "@/lib/validations/incident";
import { VERIFY_NEEDS_EDITOR } from "@/lib/validations/verification-rule";

// Saves of one year queue on its reference counter's row lock; on a busy machine a
// save may wait for a connection and for that lock longer than Prisma's defaults.
const SAVE_TRANSACTION = { maxWait: 10_000, timeout: 20_000 } as const;

type Options = {
  /** Chosen when the form was opened: a second submit of the same form saves nothing new. */
  submissionKey?: string;
  /** The account saving it; null for the registry itself (demo data). */
  actorId?: string | null;
  /** False for a reporter: the incident must be saved as "reported". */
  mayVerify?: boolean;
  db?: PrismaClient;
};

/** Saves an incident with its casualties, sources and first history row in one transaction; returns its reference. */
export async function createIncident(input: IncidentInput, options: Options = {}): Promise<string> {
  const db = options.db ?? getPrisma();
  const { submissionKey, actorId = null, mayVerify = true } = options;
  if (!mayVerify && input.verification !== "reported") throw new RuleError(VERIFY_NEEDS_EDITOR, "verification");
  try {
    return await db.$transaction(async (tx) => {
      const year = Number(input.occurredOn.slice(0, 4));
      const reference = await allocateReference(tx, INCIDENT_PREFIX, year);
      await tx.incident.create({
        data: {
          ...incidentColumns(input),
          reference,
          submissionKey: submissionKey ?? null,
          createdById: actorId,
          updatedById: actorId,
          casualties: { create: casualtyRows(input) },
          sources: { create: sourceRows(input) },
        },
      });
      await recordAudit(tx, { actorId, entity: "incident", entityKey: reference, action: "create", before: null, after: inputSnapshot(input) });
      return reference;
    }, SAVE_TRANSACTION);
  } catch (error) {
    // The same form submitted twice: the first save won; answer with its reference.
    if (submissionKey && isUniqueViolation(error, "submission_key")) {
      const existing = await db.incident.findUnique({ where: { submissionKey }, select: { reference: true } });
      if (existing) return existing.reference;
    }
    throw error;
  }
}

export async function findIncidentBySubmissionKey(
  submissionKey: string,
  db: PrismaClient = getPrisma(),
): Promise<string | null> {
  const found = await db.incident.findUnique({ where: { submissionKey }, select: { reference: true } });
  return found?.reference ?? null;
}
