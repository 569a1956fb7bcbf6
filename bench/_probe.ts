import { listIncidents } from "@/lib/data/incidents/list-incidents";
import { countIncidentPoints } from "@/lib/data/maps/count-incident-points";
import { countIncidentsByMonth } from "@/lib/data/provinces/count-incidents-by-month";
import { getProvinceSummary } from "@/lib/data/provinces/get-province-summary";
import { listProvinceSummaries } from "@/lib/data/provinces/list-province-summaries";
import { getRegistryTotals } from "@/lib/data/overview";
import { rankProvinces } from "@/lib/data/provinces/rank-provinces";
import { countPendingProtests } from "@/lib/data/protests/count-pending-protests";
const p = process.argv[2] ?? "TH-33";
const filter = { page: 1, includeArchived: false, province: p } as const;
const fns: Record<string, () => Promise<unknown>> = {
  summary: () => getProvinceSummary(filter),
  months: () => countIncidentsByMonth({ provinceCode: p }),
  latest: () => listIncidents(filter, 5),
  points: () => countIncidentPoints({ provinceCode: p }),
  provinces: () => listProvinceSummaries(),
  totals: () => getRegistryTotals(),
  allMonths: () => countIncidentsByMonth({}),
  rank: () => rankProvinces(10),
  pending: () => countPendingProtests(),
  latestAll: () => listIncidents({ page: 1, includeArchived: false }, 5),
};
for (const [name, fn] of Object.entries(fns)) {
  for (let i = 0; i < 3; i++) await fn();
  const t: number[] = [];
  for (let i = 0; i < 15; i++) { const t0 = performance.now(); await fn(); t.push(performance.now() - t0); }
  t.sort((a, b) => a - b);
  console.log(name.padEnd(12), "median", t[7]!.toFixed(1), "ms");
}
process.exit(0);
