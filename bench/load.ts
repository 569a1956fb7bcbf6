// Load: N concurrent clients logging incidents for a while, each save through the
// very function the "Log an incident" Server Action calls (posted FormData →
// schema → one transaction), then the database read back: every accepted save is
// there once, and the references handed out in each year are unique and gapless.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { submitNewIncident } from "@/lib/actions/submit-incident";
import { percentile } from "./stats";

export type LoadResult = {
  clients: number;
  seconds: number;
  attempted: number;
  accepted: number;
  refused: number;
  refusals: Record<string, number>;
  savesPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Rows of this run found in the database afterwards. */
  rowsInDatabase: number;
  /** Accepted references missing from the database (must be 0). */
  missing: number;
  /** References held by more than one incident, over the whole database (must be 0). */
  duplicateReferences: number;
  /** Per year: the numbers this run received, compared with the counter's range. */
  years: { year: number; counterBefore: number; counterAfter: number; received: number; gapless: boolean }[];
  passed: boolean;
};

const YEARS = [2024, 2025];
const PLACES = [
  ["TH", "TH-33"],
  ["TH", "TH-32"],
  ["KH", "KH-22"],
  ["KH", "KH-13"],
] as const;

function pick<T>(items: readonly T[]): T {
  return items[Math.floor(Math.random() * items.length)]!;
}

/** A valid incident as the browser form posts it (dotted names, strings only). */
function incidentForm(tag: string): FormData {
  const year = pick(YEARS);
  const month = String(1 + Math.floor(Math.random() * 12)).padStart(2, "0");
  const day = String(1 + Math.floor(Math.random() * 28)).padStart(2, "0");
  const [country, province] = pick(PLACES);
  const data = new FormData();
  const fields: Record<string, string> = {
    submissionKey: randomUUID(),
    occurredOn: `${year}-${month}-${day}`,
    occurredAt: "09:30",
    countryCode: country,
    provinceCode: province,
    locality: tag,
    latitude: "14.38",
    longitude: "104.69",
    deviceType: "anti_personnel_mine",
    deviceModel: "PMN-2",
    emplacement: "newly_laid",
    emplacementBasis: "Observer team",
    activity: "patrol",
    summary: `Load test incident ${tag}: a patrol stepped on a mine. ทุ่นระเบิด`,
    verification: "reported",
    "sources.0.outlet": "Load test",
    "sources.0.url": "https://example.org/load-test",
    "sources.0.publishedOn": "",
  };
  const casualties = Math.floor(Math.random() * 4);
  for (let i = 0; i < casualties; i++) {
    Object.assign(fields, {
      [`casualties.${i}.category`]: "military",
      [`casualties.${i}.outcome`]: i === 0 ? "killed" : "injured",
      [`casualties.${i}.nationality`]: country,
      [`casualties.${i}.sex`]: "male",
      [`casualties.${i}.age`]: "25",
      [`casualties.${i}.injuries`]: "",
      [`casualties.${i}.unit`]: "",
    });
  }
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

async function counters(client: pg.Client): Promise<Map<number, number>> {
  const { rows } = await client.query<{ scope: string; last_value: number }>(
    "SELECT scope, last_value FROM reference_counters WHERE scope = ANY($1)",
    [YEARS.map((y) => `MI-${y}`)],
  );
  return new Map(rows.map((r) => [Number(r.scope.slice(3)), r.last_value]));
}

export async function measureLoad(url: string, { clients, seconds }: { clients: number; seconds: number }): Promise<LoadResult> {
  const run = `load-${Date.now().toString(36)}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const before = await counters(client);
    const latencies: number[] = [];
    const accepted: string[] = [];
    const refusals: Record<string, number> = {};
    const deadline = performance.now() + seconds * 1000;

    const worker = async (id: number) => {
      for (let n = 0; performance.now() < deadline; n++) {
        const form = incidentForm(`${run}-${id}-${n}`);
        const t0 = performance.now();
        const result = await submitNewIncident(form, { actorId: null, mayVerify: true });
        latencies.push(performance.now() - t0);
        if (result.saved !== undefined) accepted.push(result.saved);
        else {
          const reason = result.state.formError ?? "refused";
          refusals[reason] = (refusals[reason] ?? 0) + 1;
        }
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: clients }, (_, id) => worker(id)));
    const elapsed = (performance.now() - started) / 1000;

    const stored = await client.query<{ reference: string }>("SELECT reference FROM incidents WHERE locality LIKE $1", [`${run}-%`]);
    const storedSet = new Set(stored.rows.map((r) => r.reference));
    const duplicates = await client.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM (SELECT reference FROM incidents GROUP BY reference HAVING count(*) > 1) d",
    );
    const after = await counters(client);
    const years = YEARS.map((year) => {
      const numbers = accepted
        .filter((r) => r.startsWith(`MI-${year}-`))
        .map((r) => Number(r.slice(8)))
        .sort((a, b) => a - b);
      const counterBefore = before.get(year) ?? 0;
      const counterAfter = after.get(year) ?? 0;
      // Gapless: this run's numbers are exactly counterBefore+1 … counterAfter.
      const gapless = numbers.length === counterAfter - counterBefore && numbers.every((n, i) => n === counterBefore + 1 + i);
      return { year, counterBefore, counterAfter, received: numbers.length, gapless };
    });
    const missing = accepted.filter((r) => !storedSet.has(r)).length;
    const refused = latencies.length - accepted.length;
    const duplicateReferences = duplicates.rows[0]?.n ?? 0;
    return {
      clients,
      seconds: elapsed,
      attempted: latencies.length,
      accepted: accepted.length,
      refused,
      refusals,
      savesPerSecond: accepted.length / elapsed,
      p50Ms: percentile(latencies, 50),
      p95Ms: percentile(latencies, 95),
      p99Ms: percentile(latencies, 99),
      maxMs: percentile(latencies, 100),
      rowsInDatabase: storedSet.size,
      missing,
      duplicateReferences,
      years,
      passed:
        accepted.length > 0 &&
        refused === 0 &&
        storedSet.size === accepted.length &&
        missing === 0 &&
        duplicateReferences === 0 &&
        years.every((y) => y.gapless),
    };
  } finally {
    await client.end();
  }
}
