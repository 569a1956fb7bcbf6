import Link from "next/link";
import { connection } from "next/server";
import { BarChart } from "@/components/charts/bar-chart";
import { IncidentTable } from "@/components/incidents/incident-table";
import { IncidentMap } from "@/components/maps/incident-map";
import { FigureList } from "@/components/provinces/figure-list";
import { buttonClass, linkClass } from "@/components/ui/styles";
import { fillMonths, formatMonth, lastTwelveMonths } from "@/lib/charts/months";
import {
  cachedIncidentPoints,
  cachedIncidentsByMonth,
  cachedLatestIncidents,
  cachedPendingProtests,
  cachedProvinceRanking,
  cachedRegistryTotals,
} from "@/lib/data/cache/summaries";
import { todayUtc } from "@/lib/protests/due-date";
import { requireReader } from "@/lib/auth/require-role";
import { userMay } from "@/lib/auth/roles";

const cardClass = "space-y-3 rounded-md border border-slate-300 bg-white p-4";

// Each card reads its own figures; React runs the reads together, and the page arrives
// complete, so it reads the same without JavaScript.
export default async function DashboardPage() {
  const user = await requireReader("/");
  await connection(); // live figures: never prerendered at build time
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="space-y-2">
          <h1 className="text-2xl font-bold">Landmine incidents</h1>
          <p className="max-w-3xl text-slate-700">
            Mine incidents, their casualties and sources, recorded as evidence for follow-up under the Anti-Personnel
            Mine Ban Convention (Ottawa Convention). Archived incidents are not counted.
          </p>
        </div>
        {userMay(user, "reporter") ? (
          <Link href="/incidents/new" className={buttonClass}>
            Log an incident
          </Link>
        ) : null}
      </div>
      <Totals />
      <div className="grid gap-6 lg:grid-cols-3">
        <section aria-labelledby="last-year" className={`${cardClass} lg:col-span-2`}>
          <h2 id="last-year" className="text-lg font-semibold">
            Incidents in the last 12 months
          </h2>
          <LastTwelveMonths />
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
            <TopProvinces />
          </section>
        </div>
      </div>
      <section aria-labelledby="map" className={cardClass}>
        <h2 id="map" className="text-lg font-semibold">
          Where incidents happened
        </h2>
        <RegistryMap />
      </section>
      <section aria-labelledby="latest" className={cardClass}>
        <h2 id="latest" className="text-lg font-semibold">
          Latest incidents
        </h2>
        <LatestIncidents />
      </section>
    </div>
  );
}

async function RegistryMap() {
  const points = await cachedIncidentPoints();
  return <IncidentMap place="the registry" points={points} />;
}

async function Totals() {
  const totals = await cachedRegistryTotals();
  return (
    <FigureList
      label="Totals"
      figures={[
        { label: "Incidents", value: totals.incidents, href: "/incidents" },
        { label: "Killed", value: totals.killed },
        { label: "Injured", value: totals.injured },
        { label: "Provinces affected", value: totals.provinces, href: "/provinces" },
      ]}
    />
  );
}

async function LastTwelveMonths() {
  const { first, last } = lastTwelveMonths(todayUtc());
  const counts = await cachedIncidentsByMonth({ from: `${first}-01` });
  const data = fillMonths(counts, first, last).map((m) => ({ label: formatMonth(m.month), value: m.count }));
  return (
    <BarChart id="dashboard-months" title="Incidents per month, last 12 months" data={data} categoryLabel="Month" valueLabel="Incidents" />
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

async function TopProvinces() {
  const ranked = await cachedProvinceRanking(10);
  if (ranked.length === 0) return <p>No incidents are recorded yet.</p>;
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

async function LatestIncidents() {
  const latest = await cachedLatestIncidents({ page: 1, includeArchived: false }, 5);
  if (latest.items.length === 0) {
    return (
      <p>
        No incidents are recorded yet.{" "}
        <Link href="/incidents/new" className={linkClass}>
          Log the first one
        </Link>
        .
      </p>
    );
  }
  return (
    <>
      <IncidentTable items={latest.items} caption="The five most recent incidents" />
      <p>
        <Link href="/incidents" className={linkClass}>
          All incidents, with filters
        </Link>
      </p>
    </>
  );
}
