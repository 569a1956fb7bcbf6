import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as protestsCsv } from "@/app/api/export/protests.csv/route";
import { parseCsv } from "@/lib/csv/parse";
import { createIncident } from "@/lib/data/incidents/create-incident";
import { createProtest } from "@/lib/data/protests/create-protest";
import { getIncidentProtests } from "@/lib/data/protests/incident-protests";
import { listProtests } from "@/lib/data/protests/list-protests";
import { setProtestArchived } from "@/lib/data/protests/set-protest-archived";
import { protestExportSearchParams } from "@/lib/validations/protest-export-filter";
import { parseProtestFilter } from "@/lib/validations/protest-filter";
import { parseProtestSort } from "@/lib/validations/protest-sort";
import { incidentInput } from "../support/incident-input";
import { protestInput } from "../support/protest-input";

vi.stubEnv("PUBLIC_READ", "1");

// /protests and protests.csv: the list's Prisma filter and order against the export's
// SQL twin, archived steps in and out, and sorting with missing dates last.
// This file has a database of its own, so the list holds exactly the steps made here.

const steps: Record<"a" | "b" | "c" | "d" | "e", string> = { a: "", b: "", c: "", d: "", e: "" };
let covered = "";
let onlyArchived = "";

beforeAll(async () => {
  covered = await createIncident(incidentInput({ occurredOn: "2025-08-01" }));
  onlyArchived = await createIncident(incidentInput({ occurredOn: "2025-08-02" }));
  const bilateral = { kind: "bilateral_protest", recipient: "KH", incidents: [covered] };
  // Made in this order, so ids rise from a to e; a and b share a sent date, b and the draft c lack a date.
  steps.a = await createProtest(protestInput({ ...bilateral, sentOn: "2025-08-10", responseDueOn: "2025-09-01" }));
  steps.b = await createProtest(protestInput({ ...bilateral, sentOn: "2025-08-10" }));
  steps.c = await createProtest(protestInput({ ...bilateral, status: "draft", sentOn: "", responseDueOn: "2025-08-20" }));
  steps.d = await createProtest(protestInput({ sentOn: "2025-08-05", incidents: [covered] })); // Art. 8.2: due 2025-09-02
  steps.e = await createProtest(protestInput({ ...bilateral, sentOn: "2025-08-12", responseDueOn: "2025-08-25", incidents: [onlyArchived] }));
  await setProtestArchived(steps.e, true);
});

async function listed(params: Record<string, string>) {
  const filter = parseProtestFilter(params);
  const sort = parseProtestSort(params);
  if (!filter.ok || !sort.ok) throw new Error(JSON.stringify(params));
  const page = await listProtests(filter.filter, sort.sort);
  expect(page.pageCount).toBe(1);
  return { page, query: protestExportSearchParams(filter.filter, sort.sort).toString() };
}

async function exported(query: string): Promise<string[]> {
  const response = await protestsCsv(new Request(`http://localhost/api/export/protests.csv?${query}`));
  const parsed = parseCsv(await response.text());
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.records.slice(1).map((r) => r.cells[0]!);
}

const refs = (...keys: (keyof typeof steps)[]) => keys.map((k) => steps[k]);

describe("the /protests list and protests.csv", () => {
  it("list the same steps in the same order for every filter and order, archived ones in and out", async () => {
    const views: Record<string, string>[] = [{}, { archived: "1" }, { status: "draft" }, { status: "sent", archived: "1" }, { from: "2025-08-06", to: "2025-08-12" },
      ...["sent_on", "response_due_on", "status"].flatMap((sort) => ["asc", "desc"].flatMap((dir): Record<string, string>[] => [{ sort, dir }, { sort, dir, archived: "1" }]))];
    for (const view of views) {
      const { page, query } = await listed(view);
      expect(await exported(query), JSON.stringify(view)).toEqual(page.items.map((p) => p.reference));
    }
  });

  it("leave archived steps out unless asked, and mark them when asked", async () => {
    const without = (await listed({})).page.items;
    expect(without.map((p) => p.reference)).not.toContain(steps.e);
    const withArchived = (await listed({ archived: "1" })).page.items;
    expect(withArchived.filter((p) => p.archived).map((p) => p.reference)).toEqual([steps.e]);
    expect(await exported("archived=1&protest_archived=1&status=sent")).toContain(steps.e);
    expect(await exported("archived=1&protest_archived=0")).not.toContain(steps.e);
  });

  it("sort by sent date, due date and status, missing dates last in either direction, ties by id", async () => {
    const order = async (params: Record<string, string>) => (await listed({ ...params, archived: "1" })).page.items.map((p) => p.reference);
    expect(await order({})).toEqual(refs("e", "b", "a", "d", "c"));
    expect(await order({ sort: "sent_on", dir: "asc" })).toEqual(refs("d", "a", "b", "e", "c"));
    expect(await order({ sort: "response_due_on" })).toEqual(refs("c", "e", "a", "d", "b"));
    expect(await order({ sort: "response_due_on", dir: "desc" })).toEqual(refs("d", "a", "e", "c", "b"));
    expect(await order({ sort: "status" })).toEqual(refs("c", "a", "b", "d", "e"));
    expect(await order({ sort: "status", dir: "desc" })).toEqual(refs("e", "d", "b", "a", "c"));
  });

  it("refuse an unknown order in the export by its export name, with a message", async () => {
    const response = await protestsCsv(new Request("http://localhost/api/export/protests.csv?protest_sort=reference"));
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("protest_sort: Unknown sort column: use one of sent_on, response_due_on, status");
  });
});

describe("an incident's protest steps", () => {
  it("include archived ones, marked, without counting them in its protest status", async () => {
    const alone = await getIncidentProtests(onlyArchived);
    expect(alone.protests.map((p) => [p.reference, p.archived])).toEqual([[steps.e, true]]);
    expect(alone.timeline.map((t) => t.protest.reference)).toEqual([steps.e]);
    expect(alone).toMatchObject({ status: "not_protested", overdue: false });
    const shared = await getIncidentProtests(covered);
    expect(shared.protests.map((p) => p.reference)).toEqual(refs("a", "b", "c", "d"));
    expect(shared.status).toBe("clarification_requested");
  });
});
