import { describe, expect, it, vi } from "vitest";
import { GET as incidentsCsv } from "@/app/api/export/incidents.csv/route";
import { getPrisma } from "@/lib/db";
import { listHistory } from "@/lib/data/audit/list-history";
import { ConflictError } from "@/lib/data/errors";
import { createIncident } from "@/lib/data/incidents/create-incident";
import { setIncidentArchived } from "@/lib/data/incidents/set-incident-archived";
import { updateIncident } from "@/lib/data/incidents/update-incident";
import { changeProtestStatus } from "@/lib/data/protests/change-protest-status";
import { createProtest } from "@/lib/data/protests/create-protest";
import { setProtestArchived } from "@/lib/data/protests/set-protest-archived";
import { updateProtest } from "@/lib/data/protests/update-protest";
import { createAccount } from "@/lib/data/users/create-account";
import { protestFormSchema, statusChangeSchema, emptyProtestForm } from "@/lib/validations/protest";
import { incidentInput } from "../support/incident-input";

const db = () => getPrisma();
const account = (name: string) =>
  createAccount({ email: `${name.toLowerCase()}-${Date.now()}@test.example`, name, role: "editor", password: "a-long-password" });

async function exportedReferences(): Promise<string[]> {
  vi.stubEnv("PUBLIC_READ", "1");
  try {
    const text = await (await incidentsCsv(new Request("http://localhost/api/export/incidents.csv"))).text();
    return text.split("\r\n").slice(1).map((line) => line.split(",")[0]!).filter(Boolean);
  } finally {
    vi.unstubAllEnvs();
  }
}

describe("history of an incident", () => {
  it("create, edit, archive, restore: four rows with who, and the changed fields before and after; the export follows", async () => {
    const alice = await account("Alice");
    const bob = await account("Bob");
    const reference = await createIncident(incidentInput({ locality: "History test", verification: "reported" }), { actorId: alice });
    await updateIncident(reference, 1, incidentInput({ locality: "History test", verification: "corroborated", summary: "Corrected." }), {
      actorId: bob,
    });
    expect(await exportedReferences()).toContain(reference);
    await setIncidentArchived(reference, true, { actorId: bob });
    expect(await exportedReferences()).not.toContain(reference);
    await setIncidentArchived(reference, false, { actorId: alice });
    expect(await exportedReferences()).toContain(reference);

    const rows = await db().auditEvent.findMany({ where: { entity: "incident", entityKey: reference }, orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.action, r.actorId])).toEqual([
      ["create", alice],
      ["update", bob],
      ["archive", bob],
      ["restore", alice],
    ]);
    expect(rows[0]!.before).toBeNull();
    expect(rows[0]!.after).toMatchObject({ locality: "History test", verification: "reported", provinceCode: "TH-33" });
    expect(rows[1]!.before).toEqual({ verification: "reported", summary: "Three soldiers were wounded by a landmine." });
    expect(rows[1]!.after).toEqual({ verification: "corroborated", summary: "Corrected." });
    const archivedAt = (rows[2]!.after as { archivedAt: string }).archivedAt;
    expect(rows[2]!.before).toEqual({ archivedAt: null });
    expect(archivedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(rows[3]!.before).toEqual({ archivedAt });
    expect(rows[3]!.after).toEqual({ archivedAt: null });

    const incident = await db().incident.findUniqueOrThrow({ where: { reference } });
    expect(incident).toMatchObject({ createdById: alice, updatedById: alice, archivedAt: null });

    const history = await listHistory("incident", reference);
    expect(history.map((h) => [h.action, h.actorName])).toEqual([
      ["create", "Alice"],
      ["update", "Bob"],
      ["archive", "Bob"],
      ["restore", "Alice"],
    ]);
    expect(history[1]!.changes).toContainEqual({ field: "Verification", before: "Reported", after: "Corroborated" });
  });

  it("a save from an older version is refused, names what differs, and writes neither data nor history", async () => {
    const alice = await account("Carol");
    const reference = await createIncident(incidentInput({ locality: "Conflict test" }));
    await updateIncident(reference, 1, incidentInput({ locality: "Conflict test", summary: "Theirs." }), { actorId: alice });
    const rowsBefore = await db().auditEvent.count({ where: { entityKey: reference } });

    const stale = updateIncident(reference, 1, incidentInput({ locality: "Conflict test", summary: "Mine." }));
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    const error = (await stale.catch((e: unknown) => e)) as ConflictError;
    expect(error.message).toMatch(new RegExp(`^Someone else saved ${reference} after you opened it \\(Carol, .* UTC\\)\\. Nothing of yours was saved`));
    expect(error.conflicts).toEqual([{ field: "Summary", theirs: "Theirs.", yours: "Mine." }]);
    expect(await db().incident.findUniqueOrThrow({ where: { reference } })).toMatchObject({ summary: "Theirs.", version: 2 });
    expect(await db().auditEvent.count({ where: { entityKey: reference } })).toBe(rowsBefore);
  });

  it("archiving twice archives once", async () => {
    const reference = await createIncident(incidentInput({ locality: "Twice" }));
    await setIncidentArchived(reference, true);
    await expect(setIncidentArchived(reference, true)).rejects.toThrow("archived already");
    expect(await db().auditEvent.count({ where: { entityKey: reference, action: "archive" } })).toBe(1);
  });
});

describe("history of a protest", () => {
  it("records its creation, edits, status changes, archive and restore with the changed fields", async () => {
    const dana = await account("Dana");
    const incident = await createIncident(incidentInput({ locality: "Protest history" }));
    const values = { ...emptyProtestForm([incident]), kind: "bilateral_protest", fromState: "TH", recipient: "KH", status: "draft" };
    const reference = await createProtest(protestFormSchema.parse(values), { actorId: dana });
    await updateProtest(reference, 1, protestFormSchema.parse({ ...values, documentReference: "0803/123" }), dana);
    await changeProtestStatus(reference, 2, statusChangeSchema.parse({ toStatus: "sent", changedOn: "2025-08-10", note: "" }), dana);
    await setProtestArchived(reference, true, dana);
    await setProtestArchived(reference, false, dana);

    const rows = await db().auditEvent.findMany({ where: { entity: "protest", entityKey: reference }, orderBy: { id: "asc" } });
    expect(rows.map((r) => r.action)).toEqual(["create", "update", "status_change", "archive", "restore"]);
    expect(rows.every((r) => r.actorId === dana)).toBe(true);
    expect(rows[0]!.after).toMatchObject({ status: "draft", incidents: [incident] });
    expect(rows[1]).toMatchObject({ before: { documentReference: null }, after: { documentReference: "0803/123" } });
    expect(rows[2]).toMatchObject({ before: { status: "draft", sentOn: null }, after: { status: "sent", sentOn: "2025-08-10" } });
    expect(await db().protest.findUniqueOrThrow({ where: { reference } })).toMatchObject({ createdById: dana, updatedById: dana, archivedAt: null });
  });
});
