import Link from "next/link";
import type { ProtestListItem } from "@/lib/data/protests/list-protests";
import { PROTEST_KIND_LABELS } from "@/lib/labels";
import { OverdueBadge, ProtestStatusBadge } from "@/components/protests/protest-badges";
import { SortHeader } from "@/components/ui/sort-header";
import type { ProtestSort, ProtestSortColumn } from "@/lib/validations/protest-sort";

const head = "px-3 py-2 font-semibold";

const PROTEST_SORT_LABELS: Record<ProtestSortColumn, string> = {
  sent_on: "Sent",
  response_due_on: "Response due",
  status: "Status",
};

/** The /protests table, sortable through links in the Sent, Response due and Status headers. */
export function ProtestTable({
  items,
  sort,
  sortHref,
}: {
  items: ProtestListItem[];
  sort: ProtestSort;
  sortHref: (column: ProtestSortColumn) => string;
}) {
  const sortable = (column: ProtestSortColumn) => (
    <SortHeader
      label={PROTEST_SORT_LABELS[column]}
      href={sortHref(column)}
      sorted={sort.column === column ? sort.dir : undefined}
      className={head}
    />
  );
  return (
    <div className="overflow-x-auto rounded-md border border-slate-300 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
        <caption className="sr-only">
          Protest steps matching the filters, sorted by {PROTEST_SORT_LABELS[sort.column].toLowerCase()}{" "}
          {sort.dir === "asc" ? "ascending" : "descending"}
        </caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className={head}>Reference</th>
            <th scope="col" className={head}>Kind</th>
            <th scope="col" className={head}>From</th>
            <th scope="col" className={head}>To</th>
            {sortable("sent_on")}
            {sortable("response_due_on")}
            {sortable("status")}
            <th scope="col" className={`${head} text-right`}>Incidents</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {items.map((p) => (
            <tr key={p.reference}>
              <th scope="row" className="whitespace-nowrap px-3 py-2 font-medium">
                <Link href={`/protests/${p.reference}`} className="text-blue-800 underline underline-offset-2">
                  {p.reference}
                </Link>
                {p.archived ? <span className="ml-2 text-xs font-normal text-slate-600">(archived)</span> : null}
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
