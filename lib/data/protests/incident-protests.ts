import "server-only";
import type { ProtestStatus } from "@/generated/prisma/enums";
import { getPrisma } from "@/lib/db";
import { PROTEST_SUMMARY_SELECT, toProtestSummary, type ProtestSummary } from "@/lib/data/protests/protest-dto";
import type { IncidentProtestStatus } from "@/lib/protests/incident-protest-status";
import { isPastDue, todayUtc } from "@/lib/protests/due-date";
import { formatDateOnly } from "@/lib/validations/dates";
import { INCIDENT_REFERENCE } from "@/lib/validations/references";

export type ProtestTimelineEntry = {
  changedOn: string;
  recordedAt: string;
  protest: ProtestSummary;
  fromStatus: ProtestStatus | null;
  toStatus: ProtestStatus;
  note: string | null;
};

export type IncidentProtests = {
  status: IncidentProtestStatus;
  overdue: boolean;
  /** Archived steps included (marked), so they can be found from the incident. */
  protests: ProtestSummary[];
  timeline: ProtestTimelineEntry[];
};

/**
 * The protest steps covering one incident, archived ones included and marked, with a
 * dated timeline; its protest status and overdue flag are the incident's derived facts
 * (stored by the database), which count only the steps that are not archived.
 */
export async function getIncidentProtests(incidentReference: string): Promise<IncidentProtests> {
  const db = getPrisma();
  const known = INCIDENT_REFERENCE.test(incidentReference);
  const [incident, rows] = known
    ? await Promise.all([
        db.incident.findUnique({ where: { reference: incidentReference }, select: { protestStatus: true, responseDueOn: true } }),
        db.protest.findMany({
          where: { incidents: { some: { incident: { reference: incidentReference } } } },
          select: { ...PROTEST_SUMMARY_SELECT, history: { orderBy: [{ recordedAt: "asc" }, { id: "asc" }] } },
          orderBy: { id: "asc" },
        }),
      ])
    : [null, []];
  const today = todayUtc();
  const protests = rows.map((r) => toProtestSummary(r, today));
  const timeline = rows
    .flatMap((r, i) =>
      r.history.map((h) => ({
        changedOn: formatDateOnly(h.changedOn),
        recordedAt: h.recordedAt.toISOString(),
        protest: protests[i]!,
        fromStatus: h.fromStatus,
        toStatus: h.toStatus,
        note: h.note,
      })),
    )
    .sort((a, b) => a.changedOn.localeCompare(b.changedOn) || a.recordedAt.localeCompare(b.recordedAt));
  return {
    status: incident?.protestStatus ?? "not_protested",
    overdue: isPastDue(incident?.responseDueOn ? formatDateOnly(incident.responseDueOn) : null, today),
    protests,
    timeline,
  };
}
