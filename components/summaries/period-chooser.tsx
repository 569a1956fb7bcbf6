import Link from "next/link";
import { FilterErrors } from "@/components/ui/filter-errors";
import { inputClass, linkClass, secondaryButtonClass } from "@/components/ui/styles";
import type { PagePeriod } from "@/lib/data/summaries/page-period";
import { filterToSearchParams } from "@/lib/validations/incident-filter";

type Props = PagePeriod & { path: string };

const hrefOf = (path: string, query: { from?: string; to?: string }) => {
  const params = filterToSearchParams(query);
  return params.size ? `${path}?${params}` : path;
};

/**
 * Which period a summary page counts, the periods one click away, and a from–to form
 * (a plain GET form: it works without JavaScript and the URL can be shared).
 */
export function PeriodChooser({ path, period, choices, errors }: Props) {
  return (
    <section aria-labelledby="period-heading" className="space-y-3 rounded-md border border-slate-300 bg-white p-4">
      <h2 id="period-heading" className="text-lg font-semibold">
        Period: {period.label}
        {period.from && period.to && period.label !== `${period.from} to ${period.to}` ? (
          <span className="font-normal text-slate-700">
            {" "}
            ({period.from} to {period.to})
          </span>
        ) : null}
      </h2>
      {period.note ? (
        <p role="status" className="rounded-md bg-amber-50 p-3 text-amber-950">
          {period.note}
        </p>
      ) : null}
      <nav aria-label="Periods">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {choices.map((choice) => (
            <li key={choice.label}>
              <Link href={hrefOf(path, choice.query)} className={linkClass} aria-current={choice.current ? "page" : undefined}>
                {choice.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form method="get" action={path} className="flex flex-wrap items-end gap-3">
        <label className="space-y-1">
          <span className="block text-sm font-medium">From</span>
          <input type="date" name="from" defaultValue={period.isDefault ? "" : period.from} className={inputClass} />
        </label>
        <label className="space-y-1">
          <span className="block text-sm font-medium">To</span>
          <input type="date" name="to" defaultValue={period.isDefault ? "" : period.to} className={inputClass} />
        </label>
        <button type="submit" className={secondaryButtonClass}>
          Show this period
        </button>
      </form>
      {errors.length > 0 ? <FilterErrors errors={errors} clearHref={path} /> : null}
    </section>
  );
}
