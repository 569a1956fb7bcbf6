import Link from "next/link";
import type { IncidentListItem } from "@/lib/data/incidents/list-incidents";
import { IncidentProtestStatusBadge } from "@/components/protests/protest-badges";
import type { IncidentSort, IncidentSortColumn } from "@/lib/incidents/incident-sort";
import { DEVICE_TYPE_LABELS, EMPLACEMENT_LABELS, VERIFICATION_LABELS } from "@/lib/labels";

const th = "px-3 py-2 font-semibold";
const number = "px-3 py-2 text-right font-semibold";

/** With `sorting`, the sortable columns' headers are links to the other order (as on /provinces). */
type Sorting = { sort: IncidentSort; hrefFor: (column: IncidentSortColumn) => string };

function Header({ label, column, sorting, className = th }: { label: string; column?: IncidentSortColumn; sorting?: Sorting; className?: string }) {
  if (!column || !sorting) {
    return (
      <th scope="col" className={className}>
        {label}
      </th>
    );
  }
  const current = sorting.sort.column === column ? sorting.sort.dir : null;
  return (
    <th scope="col" className={className} aria-sort={current === "asc" ? "ascending" : current === "desc" ? "descending" : "none"}>
      <Link href={sorting.hrefFor(column)} className="text-blue-800 underline underline-offset-2">
        {label}
        <span aria-hidden="true">{current === "asc" ? " ▲" : current === "desc" ? " ▼" : ""}</span>
      </Link>
    </th>
  );
}

export function IncidentTable({ items, caption, sorting }: { items: IncidentListItem[]; caption: string; sorting?: Sorting }) {
  return (
    <div className="overflow-x-auto rounded-md border border-slate-300 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100">
          <tr>
            <Header label="Reference" column="reference" sorting={sorting} />
            <Header label="Date" column="date" sorting={sorting} />
            <Header label="Province" column="province" sorting={sorting} />
            <Header label="Locality" />
            <Header label="Device type" />
            <Header label="Emplacement" />
            <Header label="Killed" column="killed" sorting={sorting} className={number} />
            <Header label="Injured" column="injured" sorting={sorting} className={number} />
            <Header label="Verification" />
            <Header label="Protest status" column="protest_status" sorting={sorting} />
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
