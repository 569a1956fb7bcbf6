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

type Props = { params: Promise<{ reference: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { reference } = await params;
  return { title: `Incident ${decodeRouteParam(reference)}` };
}

export default async function IncidentPage({ params }: Props) {
  const { reference } = await params;
  const [incident, protests] = await Promise.all([
    getIncident(decodeRouteParam(reference)),
    getIncidentProtests(decodeRouteParam(reference)),
  ]);
  if (!incident) notFound();
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
        {incident.archivedAt ? null : (
          <Link href={`/incidents/${incident.reference}/edit`} className={buttonClass}>
            Edit incident
          </Link>
        )}
      </div>
      <IncidentDetails incident={incident} />
      <section aria-labelledby="protests" className="space-y-3 rounded-md border border-slate-300 bg-white p-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="protests" className="text-lg font-semibold">
            Protests under the Convention
          </h2>
          <Link href={`/protests/new?incident=${incident.reference}`} className={linkClass}>
            Record a protest about this incident
          </Link>
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
    </div>
  );
}
