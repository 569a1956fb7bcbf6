import { getPrisma } from "@/lib/db";
import { incidentWhere } from "@/lib/data/incidents/incident-where";
import { AWAITING_RESPONSE } from "@/lib/protests/status-rules";
const db = getPrisma();
const where = incidentWhere({ page: 1, includeArchived: false, province: "TH-33" });
const ONLY = { page: 1, includeArchived: true } as const;
const and = (extra: any) => ({ AND: [where, extra] });
const fns: Record<string, () => Promise<unknown>> = {
  groups: () => db.incident.groupBy({ by: ["emplacement", "deviceType"], where, _count: { _all: true } }),
  casualties: () => db.casualty.groupBy({ by: ["category", "outcome"], where: { incident: where }, _count: { _all: true } }),
  notProtested: () => db.incident.count({ where: and(incidentWhere({ ...ONLY, protest_status: "not_protested" })) }),
  awaiting: () => db.incident.count({ where: and({ protests: { some: { protest: { archivedAt: null, status: { in: [...AWAITING_RESPONSE] } } } } }) }),
  overdue: () => db.incident.count({ where: and(incidentWhere({ ...ONLY, overdue: true })) }),
  revision: () => db.registryRevision.findUnique({ where: { id: 1 } }),
};
for (const [name, fn] of Object.entries(fns)) {
  for (let i = 0; i < 3; i++) await fn();
  const t: number[] = [];
  for (let i = 0; i < 15; i++) { const t0 = performance.now(); await fn(); t.push(performance.now() - t0); }
  t.sort((a, b) => a - b);
  console.log(name.padEnd(12), "median", t[7]!.toFixed(1), "ms");
}
process.exit(0);
