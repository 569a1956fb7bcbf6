import type { Metadata } from "next";
import { decodeRouteParam } from "@/lib/validations/route-param";
import Link from "next/link";
import { notFound } from "next/navigation";
import { IncidentDetails } from "@/components/incidents/incident-details";
import { IncidentProtestStatusBadge } from "@/components/protests/protest-badges";
import { ProtestTimeline } from "@/components/protests/protest-timeline";
import { buttonClass, linkClass } from "@/components/ui/styles";
import { getIncident } from "@/lib/data/incidents/get-incident";
import { getIncidentProtests } from "@/lib/data/protests/incident-protests";
import { HistoryTable } from "@/components/history/history-table";
import { ArchiveSection } from "@/components/records/archive-section";
import { setIncidentArchivedAction } from "@/lib/actions/incident-actions";
import { requireReader } from "@/lib/auth/require-role";
import { userMay } from "@/lib/auth/roles";
import { listHistory } from "@/lib/data/audit/list-history";

type Props = { params: Promise<{ reference: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { reference } = await params;
  return { title: `Incident ${decodeRouteParam(reference)}` };
}

export default async function IncidentPage({ params }: Props) {
  const { reference } = await params;
  const user = await requireReader(`/incidents/${reference}`);
  const [incident, protests, history] = await Promise.all([
    getIncident(decodeRouteParam(reference)),
    getIncidentProtests(decodeRouteParam(reference)),
    listHistory("incident", decodeRouteParam(reference)),
  ]);
  if (!incident) notFound();
  const mayEdit = userMay(user, "reporter");
  const mayArchive = userMay(user, "editor");
  return (
    <div className="space-y-6">
      <p>
        <Link href="/incidents" className={linkClass}>
          ← All incidents
        </Link>
      </p>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">Incident {incident.reference}</h1>
          <p className="text-slate-700">
            {incident.occurredOn}
            {incident.occurredAt ? ` at ${incident.occurredAt}` : ""} · {incident.provinceName}, {incident.countryName}
          </p>
        </div>
        {incident.archivedAt || !mayEdit ? null : (
          <Link href={`/incidents/${incident.reference}/edit`} className={buttonClass}>
            Edit incident
          </Link>
        )}
      </div>
      {incident.archivedAt ? (
        <p className="rounded-md border border-amber-700 bg-amber-50 p-3 text-amber-950">
          This incident is archived: lists, summaries and exports leave it out unless asked to include archived incidents.
        </p>
      ) : null}
      <IncidentDetails incident={incident} />
      <section aria-labelledby="protests" className="space-y-3 rounded-md border border-slate-300 bg-white p-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="protests" className="text-lg font-semibold">
            Protests under the Convention
          </h2>
          {mayArchive && !incident.archivedAt ? (
            <Link href={`/protests/new?incident=${incident.reference}`} className={linkClass}>
              Record a protest about this incident
            </Link>
          ) : null}
        </div>
        <p>
          Protest status: <IncidentProtestStatusBadge status={protests.status} overdue={protests.overdue} />
        </p>
        {protests.timeline.length ? (
          <ProtestTimeline entries={protests.timeline} />
        ) : (
          <p className="text-slate-700">No protest or Convention step covers this incident yet.</p>
        )}
      </section>
      <section aria-labelledby="history" className="space-y-3 rounded-md border border-slate-300 bg-white p-4">
        <h2 id="history" className="text-lg font-semibold">
          Change history
        </h2>
        <HistoryTable entries={history} caption={`Change history of incident ${incident.reference}`} />
      </section>
      {mayArchive ? (
        <ArchiveSection
          noun="incident"
          archived={Boolean(incident.archivedAt)}
          action={setIncidentArchivedAction.bind(null, incident.reference, !incident.archivedAt)}
          explanations={{
            archive: "Archiving hides the incident from lists, summaries and exports. Nothing is deleted, and it can be restored.",
            restore: "Restoring brings the incident back into lists, summaries and exports.",
          }}
        />
      ) : null}
    </div>
  );
}
