import Link from "next/link";
import type { IncidentListItem } from "@/lib/data/incidents/list-incidents";
import { IncidentProtestStatusBadge } from "@/components/protests/protest-badges";
import { DEVICE_TYPE_LABELS, EMPLACEMENT_LABELS, VERIFICATION_LABELS } from "@/lib/labels";

export function IncidentTable({ items, caption }: { items: IncidentListItem[]; caption: string }) {
  return (
    <div className="overflow-x-auto rounded-md border border-slate-300 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">Reference</th>
            <th scope="col" className="px-3 py-2 font-semibold">Date</th>
            <th scope="col" className="px-3 py-2 font-semibold">Province</th>
            <th scope="col" className="px-3 py-2 font-semibold">Locality</th>
            <th scope="col" className="px-3 py-2 font-semibold">Device type</th>
            <th scope="col" className="px-3 py-2 font-semibold">Emplacement</th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">Killed</th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">Injured</th>
            <th scope="col" className="px-3 py-2 font-semibold">Verification</th>
            <th scope="col" className="px-3 py-2 font-semibold">Protest status</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {items.map((incident) => (
            <tr key={incident.reference}>
              <th scope="row" className="whitespace-nowrap px-3 py-2 font-medium">
                <Link href={`/incidents/${incident.reference}`} className="text-blue-800 underline underline-offset-2">
                  {incident.reference}
                </Link>
                {incident.archived ? <span className="ml-2 text-xs text-slate-600">(archived)</span> : null}
              </th>
              <td className="whitespace-nowrap px-3 py-2">{incident.occurredOn}</td>
              <td className="px-3 py-2">
                {incident.provinceName} <span className="text-slate-600">({incident.provinceCode})</span>
              </td>
              <td className="px-3 py-2">{incident.locality ?? "—"}</td>
              <td className="px-3 py-2">{DEVICE_TYPE_LABELS[incident.deviceType]}</td>
              <td className="px-3 py-2">{EMPLACEMENT_LABELS[incident.emplacement]}</td>
              <td className="px-3 py-2 text-right tabular-nums">{incident.killed}</td>
              <td className="px-3 py-2 text-right tabular-nums">{incident.injured}</td>
              <td className="px-3 py-2">{VERIFICATION_LABELS[incident.verification]}</td>
              <td className="px-3 py-2">
                <IncidentProtestStatusBadge status={incident.protestStatus} overdue={incident.responseOverdue} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
