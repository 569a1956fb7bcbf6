import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { IncidentDetails } from "@/components/incidents/incident-details";
import { buttonClass, linkClass } from "@/components/ui/styles";
import { getIncident } from "@/lib/data/incidents/get-incident";

type Props = { params: Promise<{ reference: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { reference } = await params;
  return { title: `Incident ${decodeURIComponent(reference)}` };
}

export default async function IncidentPage({ params }: Props) {
  const { reference } = await params;
  const incident = await getIncident(decodeURIComponent(reference));
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
    </div>
  );
}
