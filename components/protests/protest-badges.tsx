import type { ProtestStatus } from "@/generated/prisma/enums";
import { INCIDENT_PROTEST_STATUS_LABELS, PROTEST_STATUS_LABELS } from "@/lib/labels";
import type { IncidentProtestStatus } from "@/lib/protests/incident-protest-status";

const badge = "inline-block rounded px-2 py-0.5 text-xs font-semibold";

/** "Overdue" is written out, not only coloured, so it reads the same without colour. */
export function OverdueBadge() {
  return <span className={`${badge} bg-red-100 text-red-900 ring-1 ring-red-700`}>Overdue</span>;
}

export function ProtestStatusBadge({ status }: { status: ProtestStatus }) {
  return <span className={`${badge} bg-slate-100 text-slate-900 ring-1 ring-slate-400`}>{PROTEST_STATUS_LABELS[status]}</span>;
}

export function IncidentProtestStatusBadge({ status, overdue }: { status: IncidentProtestStatus; overdue: boolean }) {
  return (
    <span className="inline-flex flex-wrap gap-1">
      <span className={`${badge} bg-blue-50 text-blue-900 ring-1 ring-blue-700`}>{INCIDENT_PROTEST_STATUS_LABELS[status]}</span>
      {overdue ? <OverdueBadge /> : null}
    </span>
  );
}
