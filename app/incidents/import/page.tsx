import type { Metadata } from "next";
import Link from "next/link";
import { ImportForm } from "@/components/imports/import-form";
import { linkClass } from "@/components/ui/styles";
import { RoleRequired } from "@/components/records/role-required";
import { requirePageRole } from "@/lib/auth/require-role";

export const metadata: Metadata = { title: "Import incidents" };

export default async function ImportIncidentsPage() {
  const { user, allowed } = await requirePageRole("editor", "/incidents/import");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Import incidents</h1>
      <p className="max-w-3xl text-slate-700">
        Upload an incidents CSV exported by a registry (the &ldquo;Export CSV&rdquo; link under{" "}
        <Link href="/incidents" className={linkClass}>
          the incident list
        </Link>
        ). References, dates and timestamps are kept. Incidents whose reference is already here are skipped, so a file can
        be imported again safely. The file lists casualties only as counts: each becomes a person of unknown sex, with
        the category the counts give (or unknown); each source takes its web site&apos;s name as its outlet.
      </p>
      {allowed ? <ImportForm /> : <RoleRequired needed="editor" current={user.role} doing="Importing incidents" />}
    </div>
  );
}
