import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { getPrisma } from "@/lib/db";
import { ConflictError, isUniqueViolation } from "@/lib/data/errors";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { casualtyRows, incidentColumns, sourceRows } from "@/lib/data/incidents/incident-write";
import { inputSnapshot } from "@/lib/data/incidents/incident-snapshot";
import { readCsvRecords } from "@/lib/csv/parse";
import { INCIDENT_HEADER, mapIncidentRows, referenceParts, type ImportedIncident } from "@/lib/imports/incident-rows";
import { summariseImport, type ImportLine, type ImportMode, type ImportReport, type ProblemList } from "@/lib/imports/import-report";

// A file holds up to IMPORT_MAX_ROWS incidents: written in chunks of set inserts,
// inside one transaction given time enough for all of them.
const CHUNK = 500;
const TRANSACTION = { maxWait: 10_000, timeout: 300_000 } as const;

/**
 * Checks (mode "check") or imports (mode "import") the text of an incidents.csv.
 * An import writes every new incident of the file or, if any line has a problem,
 * none. References already in the registry are skipped, so importing a file twice
 * adds nothing the second time.
 */
export async function importIncidents(
  text: string,
  mode: ImportMode,
  { actorId = null, db = getPrisma() }: { actorId?: string | null; db?: PrismaClient } = {},
): Promise<ImportReport> {
  // A record longer than the header is refused by its count; its extra cells are not kept.
  const { incidents, problems } = mapIncidentRows(readCsvRecords(text, INCIDENT_HEADER.length));

  if (mode === "check" || problems.count > 0) {
    const existing = await existingReferences(db, incidents);
    const lines = linesOf(incidents, existing);
    return report(mode, false, lines, problems);
  }

  try {
    const lines = await db.$transaction(async (tx) => {
      // Counters first: their row locks make a concurrent save wait, so the
      // references read next include every one it could have taken.
      await raiseReferenceCounters(tx, incidents);
      const existing = await existingReferences(tx, incidents);
      const fresh = incidents.filter((i) => !existing.has(i.reference));
      await createIncidents(tx, fresh, actorId);
      return linesOf(incidents, existing);
    }, TRANSACTION);
    return report(mode, true, lines, problems);
  } catch (error) {
    if (isUniqueViolation(error, "reference")) {
      throw new ConflictError("Another import saved some of these references meanwhile. Check the file again.");
    }
    throw error;
  }
}

function report(mode: ImportMode, written: boolean, lines: ImportLine[], problems: ProblemList): ImportReport {
  return { mode, written, lines, problems: problems.listed, problemCount: problems.count, message: summariseImport(mode, lines, problems) };
}

type Reader = Pick<Prisma.TransactionClient, "incident">;

async function existingReferences(db: Reader, incidents: readonly ImportedIncident[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < incidents.length; i += CHUNK) {
    const references = incidents.slice(i, i + CHUNK).map((x) => x.reference);
    const rows = await db.incident.findMany({ where: { reference: { in: references } }, select: { reference: true } });
    for (const row of rows) found.add(row.reference);
  }
  return found;
}

function linesOf(incidents: readonly ImportedIncident[], existing: ReadonlySet<string>): ImportLine[] {
  return incidents.map((i) => ({ line: i.line, reference: i.reference, action: existing.has(i.reference) ? "skip" : "create" }));
}

/**
 * References from the file are kept, so the counter of each prefix and year must
 * move past the highest of them: a later save would otherwise be handed one of
 * those numbers and fail on the unique index.
 */
async function raiseReferenceCounters(tx: Prisma.TransactionClient, incidents: readonly ImportedIncident[]): Promise<void> {
  const highest = new Map<string, number>();
  for (const { reference } of incidents) {
    const parts = referenceParts(reference);
    if (parts) highest.set(parts.scope, Math.max(highest.get(parts.scope) ?? 0, parts.number));
  }
  // Sorted, so two imports lock the counter rows in the same order and never deadlock.
  for (const [scope, value] of [...highest].sort(([a], [b]) => a.localeCompare(b))) {
    await tx.$executeRaw`
      INSERT INTO reference_counters (scope, last_value) VALUES (${scope}, ${value})
      ON CONFLICT (scope) DO UPDATE SET last_value = GREATEST(reference_counters.last_value, EXCLUDED.last_value)`;
  }
}

/**
 * An export lists incidents newest first (by date, then id); inserting its lines
 * in reverse gives incidents of the same day their ids in the original order, so
 * exporting the imported registry lists them as the file did.
 */
async function createIncidents(tx: Prisma.TransactionClient, incidents: readonly ImportedIncident[], actorId: string | null): Promise<void> {
  const ordered = [...incidents].reverse();
  for (let i = 0; i < ordered.length; i += CHUNK) {
    const chunk = ordered.slice(i, i + CHUNK);
    const created = await tx.incident.createManyAndReturn({
      data: chunk.map((x) => ({
        ...incidentColumns(x.input),
        reference: x.reference,
        createdById: actorId,
        updatedById: actorId,
        ...(x.createdAt ? { createdAt: x.createdAt } : {}),
        ...(x.updatedAt ? { updatedAt: x.updatedAt } : {}),
      })),
      select: { id: true, reference: true },
    });
    const idOf = new Map(created.map((row) => [row.reference, row.id]));
    const casualties = chunk.flatMap((x) => casualtyRows(x.input).map((c) => ({ ...c, incidentId: idOf.get(x.reference)! })));
    const sources = chunk.flatMap((x) => sourceRows(x.input).map((s) => ({ ...s, incidentId: idOf.get(x.reference)! })));
    if (casualties.length > 0) await tx.casualty.createMany({ data: casualties });
    if (sources.length > 0) await tx.source.createMany({ data: sources });
    await recordAudit(
      tx,
      ...chunk.map((x) => ({ actorId, entity: "incident" as const, entityKey: x.reference, action: "import" as const, before: null, after: inputSnapshot(x.input) })),
    );
  }
}
