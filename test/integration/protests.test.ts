import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { ProtestKind, ProtestStatus } from "@/generated/prisma/enums";
import { getPrisma } from "@/lib/db";
import { ConflictError, RuleError } from "@/lib/data/errors";
import { createIncident } from "@/lib/data/incidents/create-incident";
import { listIncidents } from "@/lib/data/incidents/list-incidents";
import { changeProtestStatus } from "@/lib/data/protests/change-protest-status";
import { createProtest } from "@/lib/data/protests/create-protest";
import { getProtest } from "@/lib/data/protests/get-protest";
import { getIncidentProtests } from "@/lib/data/protests/incident-protests";
import { listProtests } from "@/lib/data/protests/list-protests";
import { addDays, todayUtc } from "@/lib/protests/due-date";
import { INCIDENT_PROTEST_STATUSES, type IncidentProtestStatus } from "@/lib/protests/incident-protest-status";
import { parseIncidentFilter } from "@/lib/validations/incident-filter";
import { statusChangeSchema } from "@/lib/validations/protest";
import { PROTEST_TABLE } from "@/lib/validations/protest-sort";
import { incidentInput } from "../support/incident-input";
import { protestInput } from "../support/protest-input";


const change = (values: Record<string, string>) => statusChangeSchema.parse(values);

async function incidents(count: number, locality = `protest-${randomUUID().slice(0, 8)}`) {
  const refs: string[] = [];
  for (let i = 0; i < count; i++) refs.push(await createIncident(incidentInput({ occurredOn: "2025-08-01", locality })));
  return refs;
}

function incidentFilter(params: Record<string, string>) {
  const parsed = parseIncidentFilter(params);
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  return parsed.filter;
}

describe("protests", () => {
  it("an Article 8.2 request covering two incidents asks for clarification on both, then records the response", async () => {
    const [a, b] = (await incidents(2)) as [string, string];
    const reference = await createProtest(protestInput({ incidents: [a, b] }));
    expect(reference).toMatch(/^PR-2025-\d{4}$/);
    const protest = await getProtest(reference);
    expect(protest).toMatchObject({ status: "sent", sentOn: "2025-08-15", responseDueOn: "2025-09-12" });
    expect(protest?.incidents.map((i) => i.reference).sort()).toEqual([a, b].sort());
    expect((await getIncidentProtests(a)).status).toBe("clarification_requested");
    expect((await getIncidentProtests(b)).status).toBe("clarification_requested");

    await changeProtestStatus(reference, 1, change({ toStatus: "response_received", responseReceivedOn: "2025-09-10", responseSummary: "Cambodia denies laying new mines." }));
    for (const incident of [a, b]) {
      const state = await getIncidentProtests(incident);
      expect(state).toMatchObject({ status: "response_received", overdue: false });
      expect(state.timeline.map((t) => [t.fromStatus, t.toStatus])).toEqual([
        [null, "sent"],
        ["sent", "response_received"],
      ]);
    }
    expect(await getProtest(reference)).toMatchObject({ status: "response_received", responseReceivedOn: "2025-09-10", version: 2 });
  });

  it("refuses an illegal status move and changes nothing", async () => {
    const [a] = await incidents(1);
    const reference = await createProtest(protestInput({ kind: "bilateral_protest", recipient: "KH", incidents: [a!] }));
    await changeProtestStatus(reference, 1, change({ toStatus: "closed" }));
    const before = await getProtest(reference);
    await expect(changeProtestStatus(reference, 2, change({ toStatus: "sent" }))).rejects.toThrow(RuleError);
    await expect(changeProtestStatus(reference, 2, change({ toStatus: "closed" }))).rejects.toThrow(/already has this status/);
    expect(await getProtest(reference)).toEqual(before);

    await changeProtestStatus(reference, 2, change({ toStatus: "sent", note: "Cambodia asked for more evidence" }));
    const after = await getProtest(reference);
    expect(after?.status).toBe("sent");
    expect(after?.history.at(-1)).toMatchObject({ fromStatus: "closed", toStatus: "sent", note: "Reopened: Cambodia asked for more evidence" });
  });

  it("refuses a status change made from an outdated page", async () => {
    const [a] = await incidents(1);
    const reference = await createProtest(protestInput({ incidents: [a!] }));
    await changeProtestStatus(reference, 1, change({ toStatus: "acknowledged" }));
    await expect(changeProtestStatus(reference, 1, change({ toStatus: "closed" }))).rejects.toThrow(ConflictError);
    expect((await getProtest(reference))?.status).toBe("acknowledged");
  });

  it("saves nothing when a covered incident does not exist", async () => {
    const before = await getPrisma().protest.count();
    await expect(createProtest(protestInput({ incidents: ["MI-1999-9999"] }))).rejects.toMatchObject({ field: "incidents" });
    expect(await getPrisma().protest.count()).toBe(before);
  });

  it("flags a request sent 30 days ago with no response as overdue, everywhere", async () => {
    const token = `overdue-${randomUUID().slice(0, 8)}`;
    const [a] = await incidents(1, token);
    const sentOn = addDays(todayUtc(), -30);
    const reference = await createProtest(protestInput({ sentOn, incidents: [a!] }));
    expect(await getProtest(reference)).toMatchObject({ responseDueOn: addDays(sentOn, 28), overdue: true });
    const overdueList = await listProtests({ overdue: true, includeArchived: false, page: 1 }, PROTEST_TABLE.defaultSort);
    expect(overdueList.items.map((p) => p.reference)).toContain(reference);
    expect((await getIncidentProtests(a!)).overdue).toBe(true);
    const listed = await listIncidents(incidentFilter({ q: token, overdue: "1" }));
    expect(listed.items.map((i) => [i.reference, i.responseOverdue])).toEqual([[a, true]]);

    const recent = await createProtest(protestInput({ sentOn: addDays(todayUtc(), -3), incidents: [a!] }));
    expect((await getProtest(recent))?.overdue).toBe(false);
    await changeProtestStatus(reference, 1, change({ toStatus: "response_received", responseReceivedOn: todayUtc(), responseSummary: "Answered." }));
    expect((await listIncidents(incidentFilter({ q: token, overdue: "1" }))).total).toBe(0);
  });

  it("derives an incident's protest status by precedence, and filters by it", async () => {
    const token = `derived-${randomUUID().slice(0, 8)}`;
    const p = (kind: ProtestKind, status: ProtestStatus) => ({ kind, status });
    const cases: [{ kind: ProtestKind; status: ProtestStatus }[], IncidentProtestStatus][] = [
      [[], "not_protested"],
      [[p("bilateral_protest", "draft")], "protest_drafted"],
      [[p("bilateral_protest", "sent")], "protested"],
      [[p("letter_to_president", "acknowledged")], "protested"],
      [[p("article_8_2_request", "sent")], "clarification_requested"],
      [[p("bilateral_protest", "sent"), p("article_8_2_request", "acknowledged")], "clarification_requested"],
      [[p("article_8_2_request", "response_received")], "response_received"],
      [[p("article_8_2_request", "response_received"), p("bilateral_protest", "sent")], "response_received"],
      [[p("article_8_2_request", "closed")], "closed"],
      [[p("meeting_statement", "closed"), p("bilateral_protest", "draft")], "closed"],
      [[p("article_8_2_request", "closed"), p("bilateral_protest", "sent")], "protested"],
      [[p("article_8_8_mission", "sent"), p("meeting_statement", "closed")], "clarification_requested"],
    ];
    const expected = new Map<string, string>();
    for (const [protests, status] of cases) {
      const [incident] = await incidents(1, token);
      for (const p of protests) {
        const reference = await createProtest(protestInput({ kind: p.kind, status: p.status === "draft" ? "draft" : "sent", sentOn: p.status === "draft" ? "" : "2025-08-15", incidents: [incident!] }));
        if (p.status !== "draft" && p.status !== "sent") await changeProtestStatus(reference, 1, change({ toStatus: p.status, responseReceivedOn: "2025-09-01", responseSummary: "x" }));
      }
      expected.set(incident!, status);
      expect({ protests, status: (await getIncidentProtests(incident!)).status }).toEqual({ protests, status });
    }
    for (const status of INCIDENT_PROTEST_STATUSES) {
      const listed = await listIncidents(incidentFilter({ q: token, protest_status: status }));
      const want = [...expected].filter(([, s]) => s === status).map(([r]) => r).sort();
      expect({ status, refs: listed.items.map((i) => i.reference).sort() }).toEqual({ status, refs: want });
      expect(listed.items.every((i) => i.protestStatus === status)).toBe(true);
    }
  });
});
