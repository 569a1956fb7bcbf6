import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { addProtests, topUpIncidents } from "@/bench/generate";
import { GET as casualtiesCsv } from "@/app/api/export/casualties.csv/route";
import { GET as incidentsCsv } from "@/app/api/export/incidents.csv/route";
import { GET as protestsCsv } from "@/app/api/export/protests.csv/route";
import { formatRow, type CsvValue } from "@/lib/csv/format";
import { parseCsv } from "@/lib/csv/parse";
import { CopyParameters } from "@/lib/data/exports/copy-parameters";
import { copyRows } from "@/lib/data/exports/copy-rows";
import { EXPORT_CONNECTIONS } from "@/lib/data/exports/export-connections";
import { booleanCell, coordinateCell, dateCell, textCell, timestampCell } from "@/lib/data/exports/sql-cells";
import { getPrisma } from "@/lib/db";
import { incidentWhere } from "@/lib/data/incidents/incident-where";
import { listIncidents } from "@/lib/data/incidents/list-incidents";
import { protestListWhere } from "@/lib/data/protests/protest-list-where";
import { protestOrderBy } from "@/lib/data/protests/protest-order";
import { parseIncidentFilter } from "@/lib/validations/incident-filter";
import { parseProtestExportFilter } from "@/lib/validations/protest-export-filter";
import { signedIn } from "../support/sessions";

// These tests are about the files; who may download them is tested in access.test.ts.
vi.stubEnv("PUBLIC_READ", "1");

// The COPY exports against a generated data set large enough that a COPY is still
// running after its first chunk: its cells against lib/csv/format.ts, its rows
// against the incident list, and what a client that goes away does to the query.

const INCIDENTS = 60_000;

async function withClient<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function copied(select: (params: CopyParameters) => string): Promise<string> {
  const params = new CopyParameters();
  const chunks: Uint8Array[] = [];
  for await (const chunk of copyRows(select(params), params, new AbortController().signal)) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}

/** The export COPYs running on this test's database. */
async function runningCopies(): Promise<number> {
  return withClient(async (client) => {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
       WHERE datname = current_database() AND backend_type = 'client backend' AND state = 'active' AND query LIKE 'COPY (%'`,
    );
    return rows[0]!.n;
  });
}

async function until(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

beforeAll(async () => {
  await withClient(async (client) => {
    await topUpIncidents(client, INCIDENTS);
    await addProtests(client, 400);
    await client.query("VACUUM ANALYZE");
  });
});

describe("cells written by PostgreSQL", () => {
  it("are the bytes format.ts writes, for text, dates, timestamps and booleans", async () => {
    const texts = ["plain", "", "=SUM(A1)", "+66 2 123", "-3 metres", "@cmd", "\tx", "\r=1", 'say "hi"', "a,b", "one\ntwo", "one\r\ntwo",
      "ศรีสะเกษ", "ឧត្ដរមានជ័យ", "'quoted", "'=1+1", "''x", "'-", "a=b", "\\N", "\\."];
    const csv = await copied((params) =>
      texts.map((text, i) => `SELECT ${i} AS n, ${textCell(params.add(text, "text"))}`).join(" UNION ALL ") + " ORDER BY n",
    );
    expect(csv).toBe(texts.map((text, i) => formatRow([i, text])).join(""));
    const nulls = await copied(() => `SELECT ${textCell("NULL::text")}, ${booleanCell("true")}, ${booleanCell("false")}`);
    expect(nulls).toBe(formatRow([null, true, false]));
    const dates = await copied(() => `SELECT ${dateCell("'2025-08-09'::date")}, ${timestampCell("'2025-08-09T23:30:00.123+07:00'::timestamptz")}`);
    expect(dates).toBe(formatRow(["2025-08-09", new Date("2025-08-09T23:30:00.123+07:00").toISOString()]));
  });

  it("write coordinates as JavaScript's String(x) does, tiny and negative ones included", async () => {
    const fixed = [0, 12.5, -12.5, 104.6912, 14.3821, 0.0001, 0.00005, -0.00005, 0.000001, 0.0000012345, 1.5e-7, -1e-7, 9.99e-7, 179.99999999999997, 1 / 3, 5e-324];
    let seed = 42;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const values = [...fixed, ...Array.from({ length: 200 }, () => (random() - 0.5) * 360 * 10 ** -Math.floor(random() * 10))];
    const csv = await copied(() =>
      values.map((x, i) => `SELECT ${i} AS n, ${coordinateCell(`'${x}'::float8`)}`).join(" UNION ALL ") + " ORDER BY n",
    );
    expect(csv).toBe(values.map((x, i) => formatRow([i, x])).join(""));
    const special = await copied(() => `SELECT ${["'-0'", "'NaN'", "'Infinity'", "NULL"].map((x) => coordinateCell(`${x}::float8`)).join(", ")}`);
    expect(special).toBe(formatRow([-0, Number.NaN, Number.POSITIVE_INFINITY, null] as CsvValue[]));
  });
});

describe("the COPY exports on a generated data set", () => {
  it("hold as many incidents as the list counts for a filter, in the list's order and with its protest status", async () => {
    const queries = ["", "?archived=1", "?province=TH-33", "?country=KH&device_type=anti_personnel_mine", "?from=2024-01-01&to=2024-12-31",
      "?emplacement=newly_laid&verification=verified", "?q=nong+1", "?q=%25", "?q=KH-2", "?overdue=1",
      ...["not_protested", "protest_drafted", "protested", "clarification_requested", "response_received", "closed"].map((s) => `?protest_status=${s}`)];
    for (const query of queries) {
      const filter = parseIncidentFilter(Object.fromEntries(new URLSearchParams(query)));
      if (!filter.ok) throw new Error(filter.errors.join("; "));
      const listed = await listIncidents(filter.filter, 50);
      const parsed = parseCsv(await (await incidentsCsv(new Request(`http://localhost/api/export/incidents.csv${query}`))).text());
      if (!parsed.ok) throw new Error(parsed.error);
      const [header, ...rows] = parsed.records.map((r) => r.cells);
      const at = (name: string) => header!.indexOf(name);
      expect(rows.length, query).toBe(listed.total);
      expect(
        rows.slice(0, 50).map((r) => [r[at("reference")], r[at("protest_status")], r[at("response_overdue")], r[at("killed")], r[at("injured")]]),
        query,
      ).toEqual(listed.items.map((i) => [i.reference, i.protestStatus, String(i.responseOverdue), String(i.killed), String(i.injured)]));
    }
  });

  it("hold the protests that Prisma's twin of the filters finds, in the twin's order", async () => {
    const queries = ["", "?province=TH-33", "?country=KH&status=sent", "?kind=article_8_2_request&protest_overdue=1", "?sent_from=2024-01-01&sent_to=2024-06-30",
      "?protest_status=closed", "?archived=1&status=draft", "?q=nong+3&emplacement=legacy", "?protest_archived=1&protest_sort=response_due_on",
      "?protest_sort=response_due_on&protest_dir=desc", "?protest_sort=status&province=TH-33", "?protest_sort=sent_on&protest_dir=asc"];
    for (const query of queries) {
      const params = Object.fromEntries(new URLSearchParams(query));
      const filter = parseIncidentFilter(params);
      const protestFilter = parseProtestExportFilter(params);
      if (!filter.ok || !protestFilter.ok) throw new Error(query);
      const found = await getPrisma().protest.findMany({
        where: { AND: [protestListWhere(protestFilter.filter), { incidents: { some: { incident: incidentWhere(filter.filter) } } }] },
        orderBy: protestOrderBy(protestFilter.sort),
        select: { reference: true },
      });
      const parsed = parseCsv(await (await protestsCsv(new Request(`http://localhost/api/export/protests.csv${query}`))).text());
      if (!parsed.ok) throw new Error(parsed.error);
      expect(parsed.records.slice(1).map((r) => r.cells[0]), query).toEqual(found.map((p) => p.reference));
      // Every generated protest covers live incidents only, so the unfiltered export has them all.
      if (query === "") expect(found).toHaveLength(400);
    }
  });

  it("keep the query waiting while the client reads nothing, and cancel it when the client goes away", async () => {
    const response = await incidentsCsv(new Request("http://localhost/api/export/incidents.csv"));
    const reader = response.body!.getReader();
    await reader.read(); // the header
    await reader.read(); // the first records
    expect(await runningCopies()).toBe(1);
    // Backpressure: nothing reads, so the COPY waits rather than filling memory.
    await new Promise((r) => setTimeout(r, 500));
    expect(await runningCopies()).toBe(1);
    await reader.cancel();
    expect(await until(async () => (await runningCopies()) === 0)).toBe(true);
  });

  it("cancel a COPY that has not sent its first row yet", async () => {
    const response = await casualtiesCsv(new Request("http://localhost/api/export/casualties.csv?archived=1"));
    const reader = response.body!.getReader();
    await reader.read(); // the header, sent before the query starts
    const pending = reader.read();
    expect(await until(async () => (await runningCopies()) === 1)).toBe(true);
    await reader.cancel();
    await pending;
    expect(await until(async () => (await runningCopies()) === 0)).toBe(true);
  });

  it("hand the connection back for the next export after a cancel", async () => {
    for (let i = 0; i < 6; i++) {
      const reader = (await incidentsCsv(new Request("http://localhost/api/export/incidents.csv"))).body!.getReader();
      await reader.read();
      await reader.read();
      await reader.cancel();
    }
    const text = await (await incidentsCsv(new Request("http://localhost/api/export/incidents.csv?province=TH-33&from=2025-01-01"))).text();
    expect(text.startsWith("reference,occurred_on,")).toBe(true);
    expect(await until(async () => (await runningCopies()) === 0)).toBe(true);
  });
});

describe("exports when clients stall", () => {
  // Small limits, so that a stalled download is cut within the test.
  beforeAll(() => {
    vi.stubEnv("EXPORT_STALL_SECONDS", "1");
    vi.stubEnv("EXPORTS_PER_CLIENT", "2");
  });
  afterAll(() => {
    vi.stubEnv("EXPORT_STALL_SECONDS", undefined);
    vi.stubEnv("EXPORTS_PER_CLIENT", undefined);
  });

  const SMALL = "?province=TH-33&from=2025-01-01";
  const exportFrom = (address: string, query = "", cookie?: string) =>
    incidentsCsv(new Request(`http://localhost/api/export/incidents.csv${query}`, { headers: { "x-forwarded-for": address, ...(cookie ? { cookie } : {}) } }));

  /** A download whose client takes the header, then nothing more. */
  async function stalledDownload(response: Response) {
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    await reader.read();
    return reader;
  }

  function within<T>(ms: number, work: Promise<T>): Promise<T> {
    return Promise.race([work, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`not done within ${ms} ms`)), ms))]);
  }

  it("do not stop another client's export: each stalled one is cut after the limit and its connection returns", async () => {
    const stalled = [];
    for (let i = 1; i <= 10; i++) stalled.push(await stalledDownload(await exportFrom(`198.51.100.${i}`)));
    expect(await until(async () => (await runningCopies()) === EXPORT_CONNECTIONS)).toBe(true);

    const started = Date.now();
    const text = await within(15_000, exportFrom("198.51.100.11", SMALL).then((response) => response.text()));
    expect(text.startsWith("reference,occurred_on,")).toBe(true);

    const cut = await Promise.allSettled(stalled.map((reader) => reader.closed));
    expect(cut.every((result) => result.status === "rejected")).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
    expect(await until(async () => (await runningCopies()) === 0)).toBe(true);
  });

  it("let one client run only so many at once: the next is refused with 429 and Retry-After, keyed on the account when signed in", async () => {
    const session = await signedIn("viewer");
    for (const [client, second] of [
      [{ address: "203.0.113.7" }, { address: "203.0.113.7" }],
      [{ address: "203.0.113.8", cookie: session.cookie }, { address: "203.0.113.9", cookie: session.cookie }],
    ]) {
      const stalled = [
        await stalledDownload(await exportFrom(client!.address, "", client!.cookie)),
        await stalledDownload(await exportFrom(second!.address, "", second!.cookie)),
      ];
      const refused = await exportFrom(second!.address, SMALL, second!.cookie);
      expect(refused.status).toBe(429);
      expect(refused.headers.get("retry-after")).toBe("1");
      expect(await refused.text()).toMatch(/2 exports .* at once/);

      const other = await exportFrom("203.0.113.10", SMALL);
      expect(other.status).toBe(200);
      await other.text();

      await Promise.allSettled(stalled.map((reader) => reader.closed));
      const again = await exportFrom(second!.address, SMALL, second!.cookie);
      expect(again.status).toBe(200);
      await again.text();
    }
  });
});
