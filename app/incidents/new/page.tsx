import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { connection } from "next/server";
import { IncidentForm } from "@/components/incidents/incident-form";
import { createIncidentAction } from "@/lib/actions/incident-actions";
import { emptyIncidentForm } from "@/lib/validations/incident";
import { RoleRequired } from "@/components/records/role-required";
import { requirePageRole } from "@/lib/auth/require-role";
import { hasRole } from "@/lib/auth/roles";
import { readEnv } from "@/lib/env";

export const metadata: Metadata = { title: "Log an incident" };

export default async function NewIncidentPage() {
  // A fresh key for every render of the form, so it is never shared by two people.
  await connection();
  const { user, allowed } = await requirePageRole("reporter", "/incidents/new");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Log an incident</h1>
      <p className="text-slate-700">
        One explosion or find at one place and time. A reference is assigned when you save.
      </p>
      {allowed ? (
        <IncidentForm
          action={createIncidentAction}
          initialValues={emptyIncidentForm()}
          submissionKey={randomUUID()}
          submitLabel="Save incident"
          cancelHref="/incidents"
          mayVerify={hasRole(user.role, "editor")}
          countriesFirst={readEnv().GAZETTEER_COUNTRIES_FIRST}
        />
      ) : (
        <RoleRequired needed="reporter" current={user.role} doing="Logging an incident" />
      )}
    </div>
  );
}
