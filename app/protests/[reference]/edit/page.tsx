import type { Metadata } from "next";
import { decodeRouteParam } from "@/lib/validations/route-param";
import { notFound } from "next/navigation";
import { ProtestForm } from "@/components/protests/protest-form";
import { updateProtestAction } from "@/lib/actions/protest-actions";
import { getProtest } from "@/lib/data/protests/get-protest";
import { protestToFormValues } from "@/lib/validations/protest-form-values";
import { RoleRequired } from "@/components/records/role-required";
import { requirePageRole } from "@/lib/auth/require-role";

type Props = { params: Promise<{ reference: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Edit ${decodeRouteParam((await params).reference)}` };
}

export default async function EditProtestPage({ params }: Props) {
  const reference = decodeRouteParam((await params).reference);
  const { user, allowed } = await requirePageRole("editor", `/protests/${reference}/edit`);
  const protest = await getProtest(reference);
  if (!protest) notFound();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Edit protest {protest.reference}</h1>
      <p className="text-slate-700">Its status is changed on the protest&apos;s page, where every change is dated.</p>
      {!allowed ? (
        <RoleRequired needed="editor" current={user.role} doing="Editing a protest" />
      ) : protest.archivedAt ? (
        <p role="alert">This protest step is archived and cannot be edited. An editor can restore it on its page.</p>
      ) : (
        <ProtestForm
          action={updateProtestAction.bind(null, protest.reference)}
          initialValues={protestToFormValues(protest)}
          version={protest.version}
          submitLabel="Save changes"
          cancelHref={`/protests/${protest.reference}`}
          chooseStatus={false}
        />
      )}
    </div>
  );
}
