import Link from "next/link";
import { PROTEST_KIND_LABELS, PROTEST_STATUS_LABELS, optionsOf } from "@/lib/labels";
import { FilterCheckbox, FilterDate, FilterSelect } from "@/components/ui/filter-select";
import { buttonClass, linkClass } from "@/components/ui/styles";
import type { ProtestSort } from "@/lib/validations/protest-sort";

/** `sort`: the order chosen in the table headers, which new filters keep (absent when it is the default or invalid). */
export function ProtestFilters({ values, sort }: { values: Record<string, string | undefined>; sort?: ProtestSort }) {
  return (
    <form method="get" action="/protests" role="search" aria-label="Filter protests" className="rounded-md border border-slate-300 bg-white p-4">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-6">
        <FilterSelect name="status" label="Status" value={values.status} all="Any status" options={optionsOf(PROTEST_STATUS_LABELS)} />
        <FilterSelect name="kind" label="Kind" value={values.kind} all="All kinds" options={optionsOf(PROTEST_KIND_LABELS)} />
        <FilterDate name="from" label="Sent from" value={values.from} />
        <FilterDate name="to" label="Sent to" value={values.to} />
        <FilterCheckbox name="overdue" label="Overdue only" checked={values.overdue === "1"} />
        <FilterCheckbox name="archived" label="Include archived" checked={values.archived === "1"} />
      </div>
      {sort ? (
        <>
          <input type="hidden" name="sort" value={sort.column} />
          <input type="hidden" name="dir" value={sort.dir} />
        </>
      ) : null}
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClass}>
          Apply filters
        </button>
        <Link href="/protests" className={linkClass}>
          Clear filters
        </Link>
      </div>
    </form>
  );
}
