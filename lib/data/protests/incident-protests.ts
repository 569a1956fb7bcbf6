import "server-only";
import type { ProtestStatus } from "@/generated/prisma/enums";
import { getPrisma } from "@/lib/db";
import { PROTEST_SUMMARY_SELECT, toProtestSummary, type ProtestSummary } from "@/lib/data/protests/protest-dto";
import { deriveIncidentProtestStatus, type IncidentProtestStatus } from "@/lib/protests/incident-protest-status";
import { todayUtc } from "@/lib/protests/due-date";
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
 * dated timeline; its derived status and overdue flag count only the steps that are not
 * archived, as the incident list and the summaries do.
 */
export async function getIncidentProtests(incidentReference: string): Promise<IncidentProtests> {
  const rows = !INCIDENT_REFERENCE.test(incidentReference) ? [] : await getPrisma().protest.findMany({
    where: { incidents: { some: { incident: { reference: incidentReference } } } },
    select: { ...PROTEST_SUMMARY_SELECT, history: { orderBy: [{ recordedAt: "asc" }, { id: "asc" }] } },
    orderBy: { id: "asc" },
  });
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
  const live = protests.filter((p) => !p.archived);
  return {
    status: deriveIncidentProtestStatus(live),
    overdue: live.some((p) => p.overdue),
    protests,
    timeline,
  };
}

/** Derived protest status and overdue flag for many incidents at once (one query). */
export async function protestStatusesOf(incidentIds: number[]): Promise<Map<number, { status: IncidentProtestStatus; overdue: boolean }>> {
  const links = incidentIds.length
    ? await getPrisma().protestIncident.findMany({
        where: { incidentId: { in: incidentIds }, protest: { archivedAt: null } },
        select: { incidentId: true, protest: { select: PROTEST_SUMMARY_SELECT } },
      })
    : [];
  const today = todayUtc();
  const byIncident = new Map<number, ProtestSummary[]>(incidentIds.map((id) => [id, []]));
  for (const link of links) byIncident.get(link.incidentId)?.push(toProtestSummary(link.protest, today));
  return new Map(
    [...byIncident].map(([id, protests]) => [
      id,
      { status: deriveIncidentProtestStatus(protests), overdue: protests.some((p) => p.overdue) },
    ]),
  );
}
