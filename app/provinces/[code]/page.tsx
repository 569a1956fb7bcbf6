import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { BarChart } from "@/components/charts/bar-chart";
import { MonthGrid } from "@/components/charts/month-grid";
import { IncidentTable } from "@/components/incidents/incident-table";
import { IncidentMap } from "@/components/maps/incident-map";
import { FigureList } from "@/components/provinces/figure-list";
import { buttonClass, linkClass } from "@/components/ui/styles";
import { PeriodChooser } from "@/components/summaries/period-chooser";
import type { SearchParams } from "@/components/ui/search-params";
import { fillMonths, formatMonth } from "@/lib/charts/months";
import { readPagePeriod } from "@/lib/data/summaries/page-period";
import { chartMonths } from "@/lib/summaries/period";
import {
  cachedIncidentPoints,
  cachedIncidentsByMonth,
  cachedLatestIncidents,
  cachedProvinceSummary,
} from "@/lib/data/cache/summaries";
import { countryName } from "@/lib/geo/countries";
import { findProvince } from "@/lib/geo/gazetteer";
import { CASUALTY_CATEGORY_LABELS, DEVICE_TYPE_LABELS, EMPLACEMENT_LABELS, optionsOf } from "@/lib/labels";
import { filterToSearchParams, type IncidentFilter } from "@/lib/validations/incident-filter";
import { decodeRouteParam } from "@/lib/validations/route-param";
import { requireReader } from "@/lib/auth/require-role";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<SearchParams> };

function provinceOf(segment: string) {
  const code = decodeRouteParam(segment);
  return { code, province: findProvince(code) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { province } = provinceOf((await params).code);
  return { title: province ? `${province.name} (${province.code})` : "Province not found" };
}

const tableClass = "min-w-full divide-y divide-slate-200 text-left text-sm";
const cellClass = "px-3 py-2";
const numberClass = "px-3 py-2 text-right tabular-nums";

export default async function ProvincePage({ params, searchParams }: Props) {
  const { code, province } = provinceOf((await params).code);
  await requireReader(`/provinces/${code}`);
  if (!province) {
    // People type "th-33"; the address of a province is its ISO code in capitals.
    if (findProvince(code.toUpperCase())) permanentRedirect(`/provinces/${code.toUpperCase()}`);
    notFound();
  }
  const chosen = await readPagePeriod(await searchParams, province.code);
  const { period } = chosen;
  const scope = { provinceCode: province.code, from: period.from, to: period.to };
  const filter: IncidentFilter = { page: 1, includeArchived: false, province: province.code, from: period.from, to: period.to };
  const [summary, months, latest, points] = await Promise.all([
    cachedProvinceSummary(filter),
    cachedIncidentsByMonth(scope),
    cachedLatestIncidents(filter, 5),
    cachedIncidentPoints(scope),
  ]);
  const listHref = (extra: Partial<IncidentFilter> = {}) => `/incidents?${filterToSearchParams({ ...filter, ...extra })}`;
  const exportHref = `/api/export/incidents.csv?${filterToSearchParams(filter)}`;
  const country = countryName(province.countryCode);

  const header = (
    <div className="space-y-1">
      <p>
        <Link href="/provinces" className={linkClass}>
          ← All provinces
        </Link>
      </p>
      <h1 className="text-2xl font-bold">
        {province.name} <span className="font-normal text-slate-600">({province.code})</span>
      </h1>
      <p className="text-slate-700">Province of {country}: incidents that are not archived.</p>
      <PeriodChooser path={`/provinces/${province.code}`} {...chosen} />
    </div>
  );

  if (summary.incidents === 0) {
    return (
      <div className="space-y-6">
        {header}
        <div className="rounded-md border border-slate-300 bg-white p-6">
          <p className="font-semibold">
            No incidents are recorded in {province.name}
            {chosen.range ? ` in this period (${period.label})` : ""}.
          </p>
          <p className="mt-2">
            <Link href="/incidents/new" className={linkClass}>
              Log an incident
            </Link>{" "}
            or{" "}
            <Link href="/provinces" className={linkClass}>
              see the provinces that have incidents
            </Link>
            .
          </p>
        </div>
      </div>
    );
  }

  // Every month of the period up to this month, so quiet months show as zero.
  const { first, last } = chartMonths(period, chosen.today, chosen.range);
  const filled = fillMonths(months, first, last);
  const chart = filled.map((m) => ({ label: formatMonth(m.month), value: m.count }));
  const { protests } = summary;

  return (
    <div className="space-y-8">
      {header}
      <p className="flex flex-wrap gap-x-6 gap-y-2">
        <Link href={listHref()} className={linkClass}>
          The {summary.incidents} incident{summary.incidents === 1 ? "" : "s"} in the incident list
        </Link>
        <a href={exportHref} className={linkClass} download>
          Download these incidents as CSV
        </a>
      </p>

      <section aria-labelledby="headline" className="space-y-3">
        <h2 id="headline" className="text-xl font-semibold">
          In figures
        </h2>
        <FigureList
          label={`Headline figures for ${province.name}`}
          figures={[
            { label: "Incidents", value: summary.incidents, href: listHref() },
            { label: "Killed", value: summary.casualties.killed },
            { label: "Injured", value: summary.casualties.injured },
            { label: "Newly laid", value: summary.emplacement.newly_laid, href: listHref({ emplacement: "newly_laid" }) },
            { label: "Protested", value: protests.protested },
            { label: "Overdue", value: protests.overdue, href: listHref({ overdue: true }) },
          ]}
        />
      </section>

      <section aria-labelledby="where" className="space-y-3">
        <h2 id="where" className="text-xl font-semibold">
          Where
        </h2>
        <IncidentMap place={`${province.name} (${province.code})`} scope={scope} points={points} />
      </section>

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="casualties" className="space-y-3">
          <h2 id="casualties" className="text-xl font-semibold">
            Casualties by category
          </h2>
          <div className="overflow-x-auto rounded-md border border-slate-300 bg-white">
            <table className={tableClass}>
              <caption className="sr-only">Killed and injured in {province.name}, by casualty category</caption>
              <thead className="bg-slate-100">
                <tr>
                  <th scope="col" className={`${cellClass} font-semibold`}>Category</th>
                  <th scope="col" className={`${numberClass} font-semibold`}>Killed</th>
                  <th scope="col" className={`${numberClass} font-semibold`}>Injured</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {optionsOf(CASUALTY_CATEGORY_LABELS).map(({ value, label }) => (
                  <tr key={value}>
                    <th scope="row" className={`${cellClass} font-normal`}>{label}</th>
                    <td className={numberClass}>{summary.byCategory[value].killed}</td>
                    <td className={numberClass}>{summary.byCategory[value].injured}</td>
                  </tr>
                ))}
                <tr className="bg-slate-50 font-semibold">
                  <th scope="row" className={cellClass}>All</th>
                  <td className={numberClass}>{summary.casualties.killed}</td>
                  <td className={numberClass}>{summary.casualties.injured}</td>
                </tr>
              </tbody>
            </table>
          </div>
        </section>

        <section aria-labelledby="protest-coverage" className="space-y-3">
          <h2 id="protest-coverage" className="text-xl font-semibold">
            Protest coverage
          </h2>
          <CountTable
            caption={`Incidents in ${province.name} by protest coverage`}
            heading="Incidents"
            rows={[
              { label: "Protested", value: protests.protested },
              { label: "Not protested", value: protests.notProtested, href: listHref({ protest_status: "not_protested" }) },
              { label: "Awaiting a response", value: protests.awaitingResponse },
              { label: "Response overdue", value: protests.overdue, href: listHref({ overdue: true }) },
            ]}
          />
          <p className="text-sm text-slate-700">
            Protested: covered by at least one protest step that is not archived, drafts included. Awaiting a response:
            a step sent or acknowledged and not yet answered. Overdue: such a step past its due date.
          </p>
        </section>

        <section aria-labelledby="emplacement" className="space-y-3">
          <h2 id="emplacement" className="text-xl font-semibold">
            Newly laid or legacy
          </h2>
          <CountTable
            caption={`Incidents in ${province.name} by emplacement`}
            heading="Incidents"
            rows={optionsOf(EMPLACEMENT_LABELS).map(({ value, label }) => ({
              label,
              value: summary.emplacement[value],
              href: listHref({ emplacement: value }),
            }))}
          />
        </section>

        <section aria-labelledby="devices" className="space-y-3">
          <h2 id="devices" className="text-xl font-semibold">
            Device types
          </h2>
          <CountTable
            caption={`Incidents in ${province.name} by device type`}
            heading="Incidents"
            rows={optionsOf(DEVICE_TYPE_LABELS).map(({ value, label }) => ({
              label,
              value: summary.deviceTypes[value],
              href: listHref({ device_type: value }),
            }))}
          />
        </section>
      </div>

      <section aria-labelledby="per-month" className="space-y-3">
        <h2 id="per-month" className="text-xl font-semibold">
          Incidents per month
        </h2>
        <BarChart
          id="province-months"
          title={`Incidents per month in ${province.name}`}
          data={chart}
          categoryLabel="Month"
          valueLabel="Incidents"
          table={<MonthGrid caption={`Incidents per month in ${province.name}, by year`} months={filled} />}
        />
      </section>

      <section aria-labelledby="latest" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-4">
          <h2 id="latest" className="text-xl font-semibold">
            Latest incidents
          </h2>
          <Link href="/incidents/new" className={buttonClass}>
            Log an incident
          </Link>
        </div>
        <IncidentTable items={latest.items} caption={`The latest incidents in ${province.name}`} />
        <p>
          <Link href={listHref()} className={linkClass}>
            All incidents in {province.name}
          </Link>
        </p>
      </section>
    </div>
  );
}

function CountTable({
  caption,
  heading,
  rows,
}: {
  caption: string;
  heading: string;
  rows: { label: string; value: number; href?: string }[];
}) {
  return (
    <div className="overflow-x-auto rounded-md border border-slate-300 bg-white">
      <table className={tableClass}>
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className={`${cellClass} font-semibold`}>
              <span className="sr-only">Group</span>
            </th>
            <th scope="col" className={`${numberClass} font-semibold`}>{heading}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {rows.map((r) => (
            <tr key={r.label}>
              <th scope="row" className={`${cellClass} font-normal`}>
                {r.href && r.value > 0 ? (
                  <Link href={r.href} className="text-blue-800 underline underline-offset-2">
                    {r.label}
                  </Link>
                ) : (
                  r.label
                )}
              </th>
              <td className={numberClass}>{r.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
