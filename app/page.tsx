import Link from "next/link";
import { connection } from "next/server";
import { BarChart } from "@/components/charts/bar-chart";
import { IncidentTable } from "@/components/incidents/incident-table";
import { IncidentMap } from "@/components/maps/incident-map";
import { FigureList } from "@/components/provinces/figure-list";
import { buttonClass, linkClass } from "@/components/ui/styles";
import { PeriodChooser } from "@/components/summaries/period-chooser";
import type { SearchParams } from "@/components/ui/search-params";
import { fillMonths, formatMonth } from "@/lib/charts/months";
import {
  cachedIncidentPoints,
  cachedIncidentsByMonth,
  cachedLatestIncidents,
  cachedPendingProtests,
  cachedProvinceRanking,
  cachedRegistryTotals,
} from "@/lib/data/cache/summaries";
import { readPagePeriod, type PagePeriod } from "@/lib/data/summaries/page-period";
import { chartMonths } from "@/lib/summaries/period";
import { filterToSearchParams } from "@/lib/validations/incident-filter";
import type { SummaryScope } from "@/lib/summaries/scope";
import { requireReader } from "@/lib/auth/require-role";
import { userMay } from "@/lib/auth/roles";

const cardClass = "space-y-3 rounded-md border border-slate-300 bg-white p-4";

// Each card reads its own figures; React runs the reads together, and the page arrives
// complete, so it reads the same without JavaScript.
export default async function DashboardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireReader("/");
  await connection(); // live figures: never prerendered at build time
  const chosen = await readPagePeriod(await searchParams);
  const scope: SummaryScope = { from: chosen.period.from, to: chosen.period.to };
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="space-y-2">
          <h1 className="text-2xl font-bold">Landmine incidents</h1>
          <p className="max-w-3xl text-slate-700">
            Mine incidents, their casualties and sources, recorded as evidence for follow-up under the Anti-Personnel
            Mine Ban Convention (Ottawa Convention). Archived incidents are not counted. The figures below are for
            the period chosen here; protests waiting for an answer are as of today.
          </p>
        </div>
        {userMay(user, "reporter") ? (
          <Link href="/incidents/new" className={buttonClass}>
            Log an incident
          </Link>
        ) : null}
      </div>
      <PeriodChooser path="/" {...chosen} />
      <Totals scope={scope} />
      <div className="grid gap-6 lg:grid-cols-3">
        <section aria-labelledby="per-month" className={`${cardClass} lg:col-span-2`}>
          <h2 id="per-month" className="text-lg font-semibold">
            Incidents per month
          </h2>
          <IncidentsPerMonth {...chosen} />
        </section>
        <div className="space-y-6">
          <section aria-labelledby="pending" className={cardClass}>
            <h2 id="pending" className="text-lg font-semibold">
              Protests waiting for an answer
            </h2>
            <PendingProtests />
          </section>
          <section aria-labelledby="top-provinces" className={cardClass}>
            <h2 id="top-provinces" className="text-lg font-semibold">
              Provinces with the most incidents
            </h2>
            <TopProvinces scope={scope} />
          </section>
        </div>
      </div>
      <section aria-labelledby="map" className={cardClass}>
        <h2 id="map" className="text-lg font-semibold">
          Where incidents happened
        </h2>
        <RegistryMap scope={scope} />
      </section>
      <section aria-labelledby="latest" className={cardClass}>
        <h2 id="latest" className="text-lg font-semibold">
          Latest incidents
        </h2>
        <LatestIncidents scope={scope} />
      </section>
    </div>
  );
}

async function RegistryMap({ scope }: { scope: SummaryScope }) {
  const points = await cachedIncidentPoints(scope);
  return <IncidentMap place="the registry" scope={scope} points={points} />;
}

const listHref = (scope: SummaryScope) => {
  const params = filterToSearchParams({ from: scope.from, to: scope.to });
  return params.size ? `/incidents?${params}` : "/incidents";
};

async function Totals({ scope }: { scope: SummaryScope }) {
  const totals = await cachedRegistryTotals(scope);
  return (
    <FigureList
      label="Totals"
      figures={[
        { label: "Incidents", value: totals.incidents, href: listHref(scope) },
        { label: "Killed", value: totals.killed },
        { label: "Injured", value: totals.injured },
        { label: "Provinces affected", value: totals.provinces, href: "/provinces" },
      ]}
    />
  );
}

async function IncidentsPerMonth({ period, today, range }: PagePeriod) {
  const { first, last } = chartMonths(period, today, range);
  const counts = await cachedIncidentsByMonth({ from: period.from, to: period.to });
  const data = fillMonths(counts, first, last).map((m) => ({ label: formatMonth(m.month), value: m.count }));
  return (
    <BarChart id="dashboard-months" title={`Incidents per month, ${period.label}`} data={data} categoryLabel="Month" valueLabel="Incidents" />
  );
}

async function PendingProtests() {
  const pending = await cachedPendingProtests();
  return (
    <>
      <dl className="grid grid-cols-2 gap-4">
        <div>
          <dt className="text-sm text-slate-700">Awaiting a response</dt>
          <dd className="text-3xl font-bold tabular-nums">{pending.awaitingResponse.toLocaleString("en")}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-700">Overdue</dt>
          <dd className={`text-3xl font-bold tabular-nums ${pending.overdue > 0 ? "text-red-800" : ""}`}>
            {pending.overdue.toLocaleString("en")}
          </dd>
        </div>
      </dl>
      <p className="text-sm text-slate-700">Sent or acknowledged protest steps, not archived; overdue ones are past their due date.</p>
      <ul className="space-y-1">
        <li>
          <Link href="/protests?overdue=1" className={linkClass}>
            Overdue protests
          </Link>
        </li>
        <li>
          <Link href="/protests?status=sent" className={linkClass}>
            Sent, not yet acknowledged
          </Link>
        </li>
        <li>
          <Link href="/protests?status=acknowledged" className={linkClass}>
            Acknowledged, not yet answered
          </Link>
        </li>
      </ul>
    </>
  );
}

async function TopProvinces({ scope }: { scope: SummaryScope }) {
  const ranked = await cachedProvinceRanking(10, scope);
  if (ranked.length === 0) return <p>No incidents are recorded in this period.</p>;
  return (
    <>
      <ol className="space-y-1">
        {ranked.map((p) => (
          <li key={p.provinceCode} className="flex justify-between gap-3">
            <Link href={`/provinces/${p.provinceCode}`} className={linkClass}>
              {p.provinceName} <span className="font-normal text-slate-600">({p.provinceCode})</span>
            </Link>
            <span className="tabular-nums">
              {p.incidents} <span className="sr-only">incidents</span>
            </span>
          </li>
        ))}
      </ol>
      <p>
        <Link href="/provinces" className={linkClass}>
          All provinces
        </Link>
      </p>
    </>
  );
}

async function LatestIncidents({ scope }: { scope: SummaryScope }) {
  const latest = await cachedLatestIncidents({ page: 1, includeArchived: false, from: scope.from, to: scope.to }, 5);
  if (latest.items.length === 0) {
    return (
      <p>
        No incidents are recorded in this period.{" "}
        <Link href="/incidents/new" className={linkClass}>
          Log the first one
        </Link>
        .
      </p>
    );
  }
  return (
    <>
      <IncidentTable items={latest.items} caption="The five most recent incidents of the period" />
      <p>
        <Link href={listHref(scope)} className={linkClass}>
          All incidents, with filters
        </Link>
      </p>
    </>
  );
}
