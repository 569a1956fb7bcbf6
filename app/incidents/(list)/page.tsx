import type { Metadata } from "next";
import Link from "next/link";
import { IncidentFilters } from "@/components/incidents/incident-filters";
import { IncidentTable } from "@/components/incidents/incident-table";
import { ExportLinks } from "@/components/ui/export-links";
import { FilterErrors } from "@/components/ui/filter-errors";
import { Pagination } from "@/components/ui/pagination";
import { firstValues, type SearchParams } from "@/components/ui/search-params";
import { buttonClass, linkClass, secondaryButtonClass } from "@/components/ui/styles";
import { listIncidents } from "@/lib/data/incidents/list-incidents";
import { DEFAULT_INCIDENT_SORT, defaultIncidentDirection, isDefaultIncidentSort, type IncidentSortColumn } from "@/lib/incidents/incident-sort";
import { filterToSearchParams, parseIncidentFilter } from "@/lib/validations/incident-filter";
import { requireReader } from "@/lib/auth/require-role";
import { userMay } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Incidents" };

type Props = { searchParams: Promise<SearchParams> };

const SORT_LABELS: Record<IncidentSortColumn, string> = {
  date: "date",
  reference: "reference",
  province: "province",
  killed: "killed",
  injured: "injured",
  protest_status: "protest status",
};

export default async function IncidentsPage({ searchParams }: Props) {
  const user = await requireReader("/incidents");
  const params = await searchParams;
  const shown = firstValues(params);
  const parsed = parseIncidentFilter(params);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">Incidents</h1>
        <div className="flex flex-wrap gap-3">
          {userMay(user, "editor") ? (
            <Link href="/incidents/import" className={secondaryButtonClass}>
              Import CSV
            </Link>
          ) : null}
          {userMay(user, "reporter") ? (
            <Link href="/incidents/new" className={buttonClass}>
              Log an incident
            </Link>
          ) : null}
        </div>
      </div>
      <IncidentFilters values={shown} />
      {parsed.ok ? (
        <Results filter={parsed.filter} />
      ) : (
        <FilterErrors errors={parsed.errors} clearHref="/incidents" />
      )}
    </div>
  );
}

async function Results({ filter }: { filter: Parameters<typeof listIncidents>[0] }) {
  const result = await listIncidents(filter);
  const hrefFor = (page: number) => {
    const query = filterToSearchParams({ ...filter, page }).toString();
    return query ? `/incidents?${query}` : "/incidents";
  };
  const sort = filter.sort ?? DEFAULT_INCIDENT_SORT;
  // A header link starts again at page 1: the other order, or the first click's order.
  const sortHref = (column: IncidentSortColumn) => {
    const dir = sort.column === column ? (sort.dir === "asc" ? "desc" : "asc") : defaultIncidentDirection(column);
    return `/incidents?${filterToSearchParams({ ...filter, page: 1, sort: { column, dir } }).toString()}`;
  };
  const order = isDefaultIncidentSort(sort)
    ? "newest first"
    : `sorted by ${SORT_LABELS[sort.column]}, ${sort.dir === "asc" ? "ascending" : "descending"}`;
  const filtered = filterToSearchParams({ ...filter, page: 1, sort: DEFAULT_INCIDENT_SORT }).toString() !== "";

  if (result.total === 0) {
    return (
      <div className="rounded-md border border-slate-300 bg-white p-6">
        <p className="font-semibold">{filtered ? "No incident matches these filters." : "No incidents are recorded yet."}</p>
        <p className="mt-2">
          {filtered ? (
            <>
              Widen the filters or{" "}
              <Link href="/incidents" className={linkClass}>
                clear them
              </Link>
              , or{" "}
            </>
          ) : null}
          <Link href="/incidents/new" className={linkClass}>
            log an incident
          </Link>
          .
        </p>
      </div>
    );
  }
  if (result.items.length === 0) {
    return (
      <p role="alert">
        There is no page {result.page}: these filters give {result.pageCount} page{result.pageCount === 1 ? "" : "s"}.{" "}
        <Link href={hrefFor(1)} className={linkClass}>
          Go to the first page
        </Link>
        .
      </p>
    );
  }
  const first = (result.page - 1) * result.pageSize + 1;
  return (
    <div className="space-y-4">
      <p role="status">
        {result.total.toLocaleString("en")} incident{result.total === 1 ? "" : "s"}
        {result.pageCount > 1 ? `, showing ${first}–${first + result.items.length - 1}` : ""}, {order}.
      </p>
      <IncidentTable items={result.items} caption={`Incidents matching the filters, ${order}`} sorting={{ sort, hrefFor: sortHref }} />
      <Pagination page={result.page} pageCount={result.pageCount} hrefFor={hrefFor} />
      <ExportLinks
        query={filterToSearchParams({ ...filter, page: 1 }).toString()}
        primary={{ path: "/api/export/incidents.csv" }}
        more={[
          { path: "/api/export/casualties.csv", label: "Casualties CSV" },
          { path: "/api/export/protests.csv", label: "Protests CSV" },
          { path: "/api/export/provinces.csv", label: "Province totals CSV" },
        ]}
      />
    </div>
  );
}
