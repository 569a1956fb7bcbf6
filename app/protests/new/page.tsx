import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { connection } from "next/server";
import { ProtestForm } from "@/components/protests/protest-form";
import { createProtestAction } from "@/lib/actions/protest-actions";
import { emptyProtestForm } from "@/lib/validations/protest";
import { INCIDENT_REFERENCE } from "@/lib/validations/references";
import { RoleRequired } from "@/components/records/role-required";
import { requirePageRole } from "@/lib/auth/require-role";

export const metadata: Metadata = { title: "Record a protest" };

type Props = { searchParams: Promise<{ incident?: string | string[] }> };

export default async function NewProtestPage({ searchParams }: Props) {
  await connection();
  const { user, allowed } = await requirePageRole("editor", "/protests/new");
  const { incident } = await searchParams;
  // Started from an incident's page: that incident is already chosen.
  const preselected = [incident].flat().filter((r): r is string => typeof r === "string" && INCIDENT_REFERENCE.test(r));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Record a protest or Convention step</h1>
      <p className="text-slate-700">A protest, letter, Article 8 request or statement, and the incidents it covers.</p>
      {allowed ? (
        <ProtestForm
          action={createProtestAction}
          initialValues={emptyProtestForm(preselected)}
          submissionKey={randomUUID()}
          submitLabel="Save protest"
          cancelHref={preselected[0] ? `/incidents/${preselected[0]}` : "/protests"}
          chooseStatus
        />
      ) : (
        <RoleRequired needed="editor" current={user.role} doing="Recording a protest" />
      )}
    </div>
  );
}
