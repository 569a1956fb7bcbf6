import Link from "next/link";
import type { ProtestListItem } from "@/lib/data/protests/list-protests";
import { PROTEST_KIND_LABELS } from "@/lib/labels";
import { OverdueBadge, ProtestStatusBadge } from "@/components/protests/protest-badges";

export function ProtestTable({ items }: { items: ProtestListItem[] }) {
  return (
    <div className="overflow-x-auto rounded-md border border-slate-300 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
        <caption className="sr-only">Protest steps matching the filters, latest first</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">Reference</th>
            <th scope="col" className="px-3 py-2 font-semibold">Kind</th>
            <th scope="col" className="px-3 py-2 font-semibold">From</th>
            <th scope="col" className="px-3 py-2 font-semibold">To</th>
            <th scope="col" className="px-3 py-2 font-semibold">Sent</th>
            <th scope="col" className="px-3 py-2 font-semibold">Response due</th>
            <th scope="col" className="px-3 py-2 font-semibold">Status</th>
            <th scope="col" className="px-3 py-2 text-right font-semibold">Incidents</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {items.map((p) => (
            <tr key={p.reference}>
              <th scope="row" className="whitespace-nowrap px-3 py-2 font-medium">
                <Link href={`/protests/${p.reference}`} className="text-blue-800 underline underline-offset-2">
                  {p.reference}
                </Link>
              </th>
              <td className="px-3 py-2">{PROTEST_KIND_LABELS[p.kind]}</td>
              <td className="px-3 py-2">{p.fromState}</td>
              <td className="px-3 py-2">{p.recipientLabel}</td>
              <td className="whitespace-nowrap px-3 py-2">{p.sentOn ?? "—"}</td>
              <td className="whitespace-nowrap px-3 py-2">
                {p.responseDueOn ?? "—"} {p.overdue ? <OverdueBadge /> : null}
              </td>
              <td className="px-3 py-2">
                <ProtestStatusBadge status={p.status} />
              </td>
              <td className="px-3 py-2 text-right tabular-nums">{p.incidentCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
