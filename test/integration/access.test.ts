import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as incidentsCsv } from "@/app/api/export/incidents.csv/route";
import { POST as importCsv } from "@/app/api/import/incidents/route";
import { changeRoleAction, createAccountAction } from "@/lib/actions/account-actions";
import { createIncidentAction, setIncidentArchivedAction, updateIncidentAction } from "@/lib/actions/incident-actions";
import { changeProtestStatusAction, createProtestAction } from "@/lib/actions/protest-actions";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { SIGN_IN_LIMIT } from "@/lib/auth/create-auth";
import { SIGN_IN_NEEDED } from "@/lib/auth/sign-in-required";
import { ROLES, type Role } from "@/lib/auth/roles";
import { getPrisma } from "@/lib/db";
import { createAccount } from "@/lib/data/users/create-account";
import { createIncident } from "@/lib/data/incidents/create-incident";
import { createProtest } from "@/lib/data/protests/create-protest";
import { emptyProtestForm } from "@/lib/validations/protest";
import { protestFormSchema } from "@/lib/validations/protest";
import { incidentInput, incidentValues } from "../support/incident-input";
import { actAs, callAction, formDataOf, signedIn, type Session } from "../support/sessions";

vi.mock("next/headers", async () => (await import("../support/sessions")).nextHeadersStandIn);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const sessions = {} as Record<Role, Session>;
const initial = { fieldErrors: {}, values: {} as never };

beforeAll(async () => {
  for (const role of ROLES) sessions[role] = await signedIn(role);
});

const db = () => getPrisma();
const countWith = (token: string) => db().incident.count({ where: { locality: { contains: token } } });

function importRequest(session: Session | null, file: string): Request {
  const form = new FormData();
  form.append("mode", "import");
  form.append("file", new File([file], "incidents.csv", { type: "text/csv" }));
  return new Request("http://localhost/api/import/incidents", {
    method: "POST",
    body: form,
    headers: session ? { cookie: session.cookie } : {},
  });
}

describe("role checks on every kind of write", () => {
  it("logging an incident: reporters and above; a viewer is told why and nothing is saved", async () => {
    for (const role of ROLES) {
      const token = `log-${role}-${Date.now()}`;
      actAs(sessions[role]);
      const result = await callAction(() => createIncidentAction(initial, formDataOf(incidentValues({ locality: token }))));
      if (role === "viewer") {
        expect(result).toMatchObject({ formError: expect.stringContaining("needs the reporter role") });
        expect(await countWith(token)).toBe(0);
      } else {
        expect(result).toMatchObject({ redirectedTo: expect.stringMatching(/^\/incidents\/MI-2025-\d{4}$/) });
        expect(await countWith(token)).toBe(1);
        const saved = await db().incident.findFirstOrThrow({ where: { locality: token }, select: { createdById: true } });
        expect(saved.createdById).toBe(sessions[role].userId);
      }
    }
  });

  it("verification: a reporter cannot set it, an editor can", async () => {
    const token = `verify-${Date.now()}`;
    actAs(sessions.reporter);
    const refused = await callAction(() =>
      createIncidentAction(initial, formDataOf(incidentValues({ locality: token, verification: "verified" }))),
    );
    expect(refused).toMatchObject({ fieldErrors: { verification: expect.stringContaining("Only an editor") } });
    expect(await countWith(token)).toBe(0);

    const reference = await createIncident(incidentInput({ locality: token }), { actorId: sessions.reporter.userId });
    const edit = formDataOf({ ...incidentValues({ locality: token, verification: "corroborated" }), version: 1 });
    expect(await callAction(() => updateIncidentAction(reference, initial, edit))).toMatchObject({
      fieldErrors: { verification: expect.stringContaining("Only an editor") },
    });
    actAs(sessions.editor);
    expect(await callAction(() => updateIncidentAction(reference, initial, edit))).toEqual({ redirectedTo: `/incidents/${reference}` });
    expect(await db().incident.findUnique({ where: { reference }, select: { verification: true, updatedById: true } })).toEqual({
      verification: "corroborated",
      updatedById: sessions.editor.userId,
    });
  });

  it("a reporter's change to a verified or corroborated incident returns it to reported, in its history; an edit that changes nothing keeps it", async () => {
    for (const verification of ["verified", "corroborated"] as const) {
      const token = `reverify-${verification}-${Date.now()}`;
      const reference = await createIncident(incidentInput({ locality: token, verification }), { actorId: sessions.editor.userId });
      actAs(sessions.reporter);
      // The reporter's form posts the verification as it was: only an editor may choose it.
      const unchanged = formDataOf({ ...incidentValues({ locality: token, verification }), version: 1 });
      expect(await callAction(() => updateIncidentAction(reference, initial, unchanged))).toEqual({ redirectedTo: `/incidents/${reference}` });
      expect(await db().incident.findUniqueOrThrow({ where: { reference } })).toMatchObject({ verification, version: 2 });

      const changed = formDataOf({ ...incidentValues({ locality: token, verification, summary: "Four soldiers were wounded." }), version: 2 });
      expect(await callAction(() => updateIncidentAction(reference, initial, changed))).toEqual({ redirectedTo: `/incidents/${reference}` });
      expect(await db().incident.findUniqueOrThrow({ where: { reference } })).toMatchObject({ verification: "reported", version: 3 });
      const history = await db().auditEvent.findMany({ where: { entity: "incident", entityKey: reference, action: "update" } });
      expect(history).toMatchObject([
        {
          actorId: sessions.reporter.userId,
          before: { verification, summary: "Three soldiers were wounded by a landmine." },
          after: { verification: "reported", summary: "Four soldiers were wounded." },
        },
      ]);
    }
  });

  it("archiving and restoring: editors and above", async () => {
    for (const role of ROLES) {
      const reference = await createIncident(incidentInput({ locality: `archive-${role}` }));
      actAs(sessions[role]);
      const result = await callAction(() => setIncidentArchivedAction(reference, true));
      const archived = (await db().incident.findUniqueOrThrow({ where: { reference } })).archivedAt !== null;
      if (role === "viewer" || role === "reporter") {
        expect(result).toMatchObject({ formError: expect.stringContaining("needs the editor role") });
        expect(archived).toBe(false);
      } else {
        expect(result).toEqual({ redirectedTo: `/incidents/${reference}` });
        expect(archived).toBe(true);
      }
    }
  });

  it("recording a protest and changing its status: editors and above", async () => {
    const incident = await createIncident(incidentInput({ locality: "protest-roles" }));
    const protest = await createProtest(protestFormSchema.parse({ ...emptyProtestForm([incident]), kind: "bilateral_protest", fromState: "TH", recipient: "KH", status: "draft" }));
    for (const role of ROLES) {
      actAs(sessions[role]);
      const before = await db().protest.count();
      const values = { ...emptyProtestForm([incident]), kind: "bilateral_protest", fromState: "TH", recipient: "KH", status: "draft" };
      const created = await callAction(() => createProtestAction(initial, formDataOf(values)));
      const version = (await db().protest.findUniqueOrThrow({ where: { reference: protest } })).version;
      const moved = await callAction(() =>
        changeProtestStatusAction(protest, initial, formDataOf({ version, toStatus: "sent", changedOn: "2025-08-10", note: "", responseReceivedOn: "", responseSummary: "" })),
      );
      const allowed = role === "editor" || role === "admin";
      expect(await db().protest.count()).toBe(before + (allowed ? 1 : 0));
      if (allowed) {
        expect(created).toMatchObject({ redirectedTo: expect.stringMatching(/^\/protests\/PR-/) });
        expect(moved).toEqual({ redirectedTo: `/protests/${protest}` });
        break; // the protest is sent now; one allowed role shows the write goes through
      }
      expect(created).toMatchObject({ formError: expect.stringContaining("needs the editor role") });
      expect(moved).toMatchObject({ formError: expect.stringContaining("needs the editor role") });
      expect((await db().protest.findUniqueOrThrow({ where: { reference: protest } })).status).toBe("draft");
    }
  });

  it("importing a CSV: editors and above; others get 403 before anything is read", async () => {
    actAs(null);
    const reference = "MI-2019-0001";
    const header =
      "reference,occurred_on,country_code,province_code,province_name,locality,latitude,longitude,device_type,device_model,emplacement,emplacement_basis,activity,killed,injured,military_casualties,deminer_casualties,civilian_casualties,verification,protest_status,response_overdue,summary,source_urls,created_at,updated_at";
    const line = `${reference},2019-03-01,TH,TH-33,Si Sa Ket,Import test,,,anti_personnel_mine,,legacy,,patrol,0,0,0,0,0,reported,not_protested,0,Imported.,https://example.org/a,,`;
    const file = `${header}\r\n${line}\r\n`;
    for (const role of ["viewer", "reporter"] as const) {
      const response = await importCsv(importRequest(sessions[role], file));
      expect(response.status).toBe(403);
      expect((await response.json()).message).toContain("needs the editor role");
    }
    expect((await importCsv(importRequest(null, file))).status).toBe(401);
    expect(await db().incident.count({ where: { reference } })).toBe(0);

    const response = await importCsv(importRequest(sessions.editor, file));
    expect(response.status).toBe(200);
    const imported = await db().incident.findUniqueOrThrow({ where: { reference } });
    expect(imported.createdById).toBe(sessions.editor.userId);
    const audit = await db().auditEvent.findMany({ where: { entity: "incident", entityKey: reference } });
    expect(audit).toMatchObject([{ action: "import", actorId: sessions.editor.userId, before: null, after: { locality: "Import test" } }]);
  });

  it("accounts and roles: administrators only", async () => {
    const target = await createAccount({ email: `target-${Date.now()}@test.example`, name: "Target", role: "viewer", password: "a-long-password" });
    for (const role of ROLES) {
      actAs(sessions[role]);
      const result = await callAction(() => changeRoleAction(target, initial, formDataOf({ role: "editor" })));
      const email = `made-by-${role}-${Date.now()}@test.example`;
      await callAction(() => createAccountAction(initial, formDataOf({ email, name: "New", role: "admin", password: "a-long-password" })));
      const made = await db().user.count({ where: { email } });
      if (role === "admin") {
        expect(result).toMatchObject({ saved: true });
        expect(made).toBe(1);
      } else {
        expect(result).toMatchObject({ formError: expect.stringContaining("needs the administrator role") });
        expect(made).toBe(0);
        expect((await db().user.findUniqueOrThrow({ where: { id: target } })).role).toBe("viewer");
      }
    }
    expect(await db().auditEvent.findFirst({ where: { entity: "user", entityKey: target, action: "role_change" } })).toMatchObject({
      actorId: sessions.admin.userId,
      before: { role: "viewer" },
      after: { role: "editor" },
    });
  });
});

describe("requests without a session", () => {
  it("change nothing: actions say to sign in, route handlers answer 401", async () => {
    actAs(null);
    const token = `anonymous-${Date.now()}`;
    const incidents = await db().incident.count();
    const audits = await db().auditEvent.count();
    const reference = await createIncident(incidentInput({ locality: token }));
    const afterSetup = await db().auditEvent.count();
    expect(await callAction(() => createIncidentAction(initial, formDataOf(incidentValues({ locality: token }))))).toMatchObject({
      formError: SIGN_IN_NEEDED,
    });
    expect(await callAction(() => updateIncidentAction(reference, initial, formDataOf({ ...incidentValues({ locality: token, summary: "Changed" }), version: 1 })))).toMatchObject({
      formError: SIGN_IN_NEEDED,
    });
    expect(await callAction(() => setIncidentArchivedAction(reference, true))).toMatchObject({ formError: SIGN_IN_NEEDED });
    expect(await db().incident.count()).toBe(incidents + 1);
    expect(await db().incident.findUniqueOrThrow({ where: { reference } })).toMatchObject({ version: 1, archivedAt: null });
    expect(afterSetup - audits).toBe(1);
    expect(await db().auditEvent.count()).toBe(afterSetup);

    const anonymous = await incidentsCsv(new Request("http://localhost/api/export/incidents.csv"));
    expect(anonymous.status).toBe(401);
    const withSession = await incidentsCsv(new Request("http://localhost/api/export/incidents.csv", { headers: { cookie: sessions.viewer.cookie } }));
    expect(withSession.status).toBe(200);
  });

  it("PUBLIC_READ opens exports to everyone, and writes stay closed", async () => {
    vi.stubEnv("PUBLIC_READ", "1");
    try {
      actAs(null);
      expect((await incidentsCsv(new Request("http://localhost/api/export/incidents.csv"))).status).toBe(200);
      const token = `public-${Date.now()}`;
      expect(await callAction(() => createIncidentAction(initial, formDataOf(incidentValues({ locality: token }))))).toMatchObject({
        formError: SIGN_IN_NEEDED,
      });
      expect(await countWith(token)).toBe(0);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe("sign-in", () => {
  it(`allows ${SIGN_IN_LIMIT.max} attempts a minute per client address, then refuses even the right password`, async () => {
    const email = `limited-${Date.now()}@test.example`;
    await createAccount({ email, name: "Limited", role: "viewer", password: "the-right-password" });
    const address = "203.0.113.77";
    for (let i = 0; i < SIGN_IN_LIMIT.max; i++) {
      expect(await signInWithPassword(email, "a-wrong-password", address)).toEqual({ ok: false, reason: "invalid" });
    }
    const refused = await signInWithPassword(email, "the-right-password", address);
    expect(refused).toMatchObject({ ok: false, reason: "rate_limited" });
    expect(refused.ok === false && refused.reason === "rate_limited" && refused.retryAfterSeconds).toBeGreaterThan(0);
    // Counted in PostgreSQL, where every server process sees it.
    expect(await db().rateLimit.count({ where: { key: { contains: address } } })).toBe(1);
    // Another address is not affected.
    expect(await signInWithPassword(email, "the-right-password", "203.0.113.78")).toMatchObject({ ok: true });
  });

  it("sets an HttpOnly, SameSite=Lax session cookie", async () => {
    const email = `cookie-${Date.now()}@test.example`;
    await createAccount({ email, name: "Cookie", role: "viewer", password: "the-right-password" });
    const result = await signInWithPassword(email, "the-right-password", "203.0.113.90");
    expect(result.ok).toBe(true);
    const cookie = result.ok ? result.setCookie : "";
    expect(cookie).toMatch(/session_token=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });
});
