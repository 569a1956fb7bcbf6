import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { getPrisma } from "@/lib/db";
import { isUniqueViolation } from "@/lib/data/errors";
import { allocateReference, INCIDENT_PREFIX } from "@/lib/data/incidents/allocate-reference";
import { casualtyRows, incidentColumns, sourceRows } from "@/lib/data/incidents/incident-write";
import type { IncidentInput } from "@/lib/validations/incident";

type Options = {
  /** Chosen when the form was opened: a second submit of the same form saves nothing new. */
  submissionKey?: string;
  db?: PrismaClient;
};

/** Saves an incident with its casualties and sources in one transaction; returns its reference. */
export async function createIncident(input: IncidentInput, options: Options = {}): Promise<string> {
  const db = options.db ?? getPrisma();
  const { submissionKey } = options;
  try {
    return await db.$transaction(async (tx) => {
      const year = Number(input.occurredOn.slice(0, 4));
      const reference = await allocateReference(tx, INCIDENT_PREFIX, year);
      await tx.incident.create({
        data: {
          ...incidentColumns(input),
          reference,
          submissionKey: submissionKey ?? null,
          casualties: { create: casualtyRows(input) },
          sources: { create: sourceRows(input) },
        },
      });
      return reference;
    });
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
