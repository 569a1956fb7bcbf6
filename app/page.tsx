import Link from "next/link";
import { connection } from "next/server";
import { IncidentTable } from "@/components/incidents/incident-table";
import { buttonClass, linkClass } from "@/components/ui/styles";
import { listIncidents } from "@/lib/data/incidents/list-incidents";
import { getRegistryTotals } from "@/lib/data/overview";

export default async function OverviewPage() {
  await connection(); // live figures: never prerendered at build time
  const [totals, latest] = await Promise.all([
    getRegistryTotals(),
    listIncidents({ page: 1, includeArchived: false }, 5),
  ]);
  const figures = [
    { label: "Incidents", value: totals.incidents },
    { label: "Killed", value: totals.killed },
    { label: "Injured", value: totals.injured },
    { label: "Provinces affected", value: totals.provinces },
  ];
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">Landmine incidents</h1>
        <p className="max-w-3xl text-slate-700">
          Mine incidents, their casualties and sources, recorded as evidence for follow-up under the Anti-Personnel Mine
          Ban Convention (Ottawa Convention).
        </p>
      </div>
      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
        {figures.map((f) => (
          <div key={f.label} className="rounded-md border border-slate-300 bg-white p-4">
            <dt className="text-sm text-slate-700">{f.label}</dt>
            <dd className="text-3xl font-bold tabular-nums">{f.value.toLocaleString("en")}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="latest" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-4">
          <h2 id="latest" className="text-xl font-semibold">
            Latest incidents
          </h2>
          <Link href="/incidents/new" className={buttonClass}>
            Log an incident
          </Link>
        </div>
        {latest.items.length ? (
          <IncidentTable items={latest.items} caption="The five most recent incidents" />
        ) : (
          <p>
            No incidents are recorded yet.{" "}
            <Link href="/incidents/new" className={linkClass}>
              Log the first one
            </Link>
            .
          </p>
        )}
        <p>
          <Link href="/incidents" className={linkClass}>
            All incidents, with filters
          </Link>
        </p>
      </section>
    </div>
  );
}
