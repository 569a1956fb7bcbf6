import type { Metadata } from "next";
import { decodeRouteParam } from "@/lib/validations/route-param";
import { notFound } from "next/navigation";
import { IncidentForm } from "@/components/incidents/incident-form";
import { updateIncidentAction } from "@/lib/actions/incident-actions";
import { getIncident } from "@/lib/data/incidents/get-incident";
import { detailToFormValues } from "@/lib/validations/incident-form-values";
import { RoleRequired } from "@/components/records/role-required";
import { requirePageRole } from "@/lib/auth/require-role";
import { hasRole } from "@/lib/auth/roles";
import { readEnv } from "@/lib/env";

type Props = { params: Promise<{ reference: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { reference } = await params;
  return { title: `Edit ${decodeRouteParam(reference)}` };
}

export default async function EditIncidentPage({ params }: Props) {
  const { reference } = await params;
  const { user, allowed } = await requirePageRole("reporter", `/incidents/${reference}/edit`);
  const incident = await getIncident(decodeRouteParam(reference));
  if (!incident) notFound();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Edit incident {incident.reference}</h1>
      {!allowed ? (
        <RoleRequired needed="reporter" current={user.role} doing="Editing an incident" />
      ) : incident.archivedAt ? (
        <p role="alert">This incident is archived and cannot be edited. An editor can restore it on its page.</p>
      ) : (
        <IncidentForm
          action={updateIncidentAction.bind(null, incident.reference)}
          initialValues={detailToFormValues(incident)}
          version={incident.version}
          submitLabel="Save changes"
          cancelHref={`/incidents/${incident.reference}`}
          mayVerify={hasRole(user.role, "editor")}
          countriesFirst={readEnv().GAZETTEER_COUNTRIES_FIRST}
        />
      )}
    </div>
  );
}
