import type { Metadata } from "next";
import Link from "next/link";
import { ProvinceSummaryTable } from "@/components/provinces/province-summary-table";
import type { SearchParams } from "@/components/ui/search-params";
import { SortErrors } from "@/components/ui/sort-errors";
import { linkClass } from "@/components/ui/styles";
import { cachedProvinceSummaries } from "@/lib/data/cache/summaries";
import { groupByCountry, sumFigures } from "@/lib/provinces/province-table";
import { parseProvinceSort } from "@/lib/validations/province-sort";
import { requireReader } from "@/lib/auth/require-role";

export const metadata: Metadata = { title: "Provinces" };

export default async function ProvincesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireReader("/provinces");
  const parsed = parseProvinceSort(await searchParams);
  const rows = await cachedProvinceSummaries();
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">Provinces</h1>
        <p className="max-w-3xl text-slate-700">
          Every province with at least one incident that is not archived. Protested counts incidents covered by a
          protest step; overdue, those with a step whose answer is past its due date. Choose a column heading to sort.
        </p>
      </div>
      {parsed.ok ? null : <SortErrors errors={parsed.errors} defaultOrder="most incidents first" clearHref="/provinces" />}
      {rows.length === 0 ? (
        <div className="rounded-md border border-slate-300 bg-white p-6">
          <p className="font-semibold">No incidents are recorded yet, so no province has a summary.</p>
          <p className="mt-2">
            <Link href="/incidents/new" className={linkClass}>
              Log an incident
            </Link>
            .
          </p>
        </div>
      ) : (
        <ProvinceSummaryTable groups={groupByCountry(rows, parsed.sort)} totals={sumFigures(rows)} sort={parsed.sort} />
      )}
    </div>
  );
}
