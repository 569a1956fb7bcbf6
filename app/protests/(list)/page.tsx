import type { Metadata } from "next";
import Link from "next/link";
import { ProtestFilters } from "@/components/protests/protest-filters";
import { ProtestTable } from "@/components/protests/protest-table";
import { ExportLinks } from "@/components/ui/export-links";
import { FilterErrors } from "@/components/ui/filter-errors";
import { SortErrors } from "@/components/ui/sort-errors";
import { Pagination } from "@/components/ui/pagination";
import { firstValues, type SearchParams } from "@/components/ui/search-params";
import { buttonClass, linkClass } from "@/components/ui/styles";
import { listProtests } from "@/lib/data/protests/list-protests";
import { protestExportSearchParams } from "@/lib/validations/protest-export-filter";
import { parseProtestFilter, type ProtestFilter } from "@/lib/validations/protest-filter";
import { PROTEST_TABLE, isDefaultProtestSort, nextProtestSort, parseProtestSort, type ProtestSort } from "@/lib/validations/protest-sort";
import { requireReader } from "@/lib/auth/require-role";
import { userMay } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Protests" };

export default async function ProtestsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireReader("/protests");
  const params = await searchParams;
  const parsed = parseProtestFilter(params);
  const sorted = parseProtestSort(params);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">Protests and Convention steps</h1>
        {userMay(user, "editor") ? (
          <Link href="/protests/new" className={buttonClass}>
            Record a protest
          </Link>
        ) : null}
      </div>
      <ProtestFilters values={firstValues(params)} sort={sorted.ok && !isDefaultProtestSort(sorted.sort) ? sorted.sort : undefined} />
      {parsed.ok ? (
        <>
          {sorted.ok ? null : (
            <SortErrors errors={sorted.errors} defaultOrder="latest sent first" clearHref={queryOf(parsed.filter, sorted.sort, 1)} />
          )}
          <Results filter={parsed.filter} sort={sorted.sort} />
        </>
      ) : (
        <FilterErrors errors={parsed.errors} clearHref="/protests" />
      )}
    </div>
  );
}

function queryOf(filter: ProtestFilter, sort: ProtestSort, page: number): string {
  const params = new URLSearchParams();
  for (const key of ["status", "kind", "from", "to"] as const) if (filter[key]) params.set(key, String(filter[key]));
  if (filter.overdue) params.set("overdue", "1");
  if (filter.includeArchived) params.set("archived", "1");
  if (!isDefaultProtestSort(sort)) {
    params.set("sort", sort.column);
    params.set("dir", sort.dir);
  }
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/protests?${query}` : "/protests";
}

async function Results({ filter, sort }: { filter: ProtestFilter; sort: ProtestSort }) {
  const result = await listProtests(filter, sort);
  if (result.total === 0) {
    return (
      <div className="rounded-md border border-slate-300 bg-white p-6">
        <p className="font-semibold">{queryOf(filter, PROTEST_TABLE.defaultSort, 1) === "/protests" ? "No protest is recorded yet." : "No protest matches these filters."}</p>
        <p className="mt-2">
          <Link href="/protests/new" className={linkClass}>
            Record a protest
          </Link>{" "}
          or{" "}
          <Link href="/protests" className={linkClass}>
            clear the filters
          </Link>
          .
        </p>
      </div>
    );
  }
  const overdue = result.items.filter((p) => p.overdue).length;
  return (
    <div className="space-y-4">
      <p role="status">
        {result.total.toLocaleString("en")} step{result.total === 1 ? "" : "s"}
        {overdue ? `, ${overdue} on this page overdue` : ""}.
      </p>
      <ProtestTable items={result.items} sort={sort} sortHref={(column) => queryOf(filter, nextProtestSort(sort, column), 1)} />
      <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(page) => queryOf(filter, sort, page)} />
      <ExportLinks query={protestExportSearchParams(filter, sort).toString()} primary={{ path: "/api/export/protests.csv" }} />
    </div>
  );
}
