import type { Metadata } from "next";
import { decodeRouteParam } from "@/lib/validations/route-param";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OverdueBadge, ProtestStatusBadge } from "@/components/protests/protest-badges";
import { ProtestTimeline } from "@/components/protests/protest-timeline";
import { StatusChangeForm } from "@/components/protests/status-change-form";
import { buttonClass, linkClass } from "@/components/ui/styles";
import { changeProtestStatusAction } from "@/lib/actions/protest-actions";
import { getProtest } from "@/lib/data/protests/get-protest";
import { countryName } from "@/lib/geo/countries";
import { PROTEST_KIND_LABELS } from "@/lib/labels";
import { todayUtc } from "@/lib/protests/due-date";
import { DetailItem } from "@/components/ui/detail-list";
import { HistoryTable } from "@/components/history/history-table";
import { ArchiveSection } from "@/components/records/archive-section";
import { Attribution } from "@/components/records/attribution";
import { setProtestArchivedAction } from "@/lib/actions/protest-actions";
import { requireReader } from "@/lib/auth/require-role";
import { userMay } from "@/lib/auth/roles";
import { listHistory } from "@/lib/data/audit/list-history";

type Props = { params: Promise<{ reference: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Protest ${decodeRouteParam((await params).reference)}` };
}

const section = "rounded-md border border-slate-300 bg-white p-4";

export default async function ProtestPage({ params }: Props) {
  const reference = decodeRouteParam((await params).reference);
  const user = await requireReader(`/protests/${reference}`);
  const [protest, changes] = await Promise.all([getProtest(reference), listHistory("protest", reference)]);
  if (!protest) notFound();
  const mayEdit = userMay(user, "editor");
  return (
    <div className="space-y-6">
      <p>
        <Link href="/protests" className={linkClass}>
          ← All protests
        </Link>
      </p>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">Protest {protest.reference}</h1>
          <p className="text-slate-700">
            {PROTEST_KIND_LABELS[protest.kind]} · <ProtestStatusBadge status={protest.status} />{" "}
            {protest.overdue ? <OverdueBadge /> : null}
          </p>
        </div>
        {mayEdit && !protest.archivedAt ? (
          <Link href={`/protests/${protest.reference}/edit`} className={buttonClass}>
            Edit details
          </Link>
        ) : null}
      </div>
      {protest.archivedAt ? (
        <p className="rounded-md border border-amber-700 bg-amber-50 p-3 text-amber-950">
          This protest step is archived: lists and exports leave it out, and incidents no longer count it.
        </p>
      ) : null}

      <section aria-labelledby="details" className={section}>
        <h2 id="details" className="mb-2 text-lg font-semibold">
          Details
        </h2>
        <dl className="divide-y divide-slate-200">
          <DetailItem term="From">{countryName(protest.fromState)}</DetailItem>
          <DetailItem term="To">{protest.recipientLabel}</DetailItem>
          <DetailItem term="Date sent">{protest.sentOn}</DetailItem>
          <DetailItem term="Document reference">{protest.documentReference}</DetailItem>
          <DetailItem term="Response due">
            {protest.responseDueOn}
            {protest.overdue ? (
              <>
                {" "}
                <OverdueBadge /> <span className="text-red-900">no response recorded</span>
              </>
            ) : null}
          </DetailItem>
          <DetailItem term="Response received">{protest.responseReceivedOn}</DetailItem>
          <DetailItem term="Response">{protest.responseSummary}</DetailItem>
          <DetailItem term="Notes">{protest.notes}</DetailItem>
        </dl>
        <Attribution
          createdAt={protest.createdAt}
          createdByName={protest.createdByName}
          updatedAt={protest.updatedAt}
          updatedByName={protest.updatedByName}
          archivedAt={protest.archivedAt}
        />
      </section>

      <section aria-labelledby="incidents" className={section}>
        <h2 id="incidents" className="mb-2 text-lg font-semibold">
          Incidents covered ({protest.incidents.length})
        </h2>
        <ul className="list-disc space-y-1 pl-5">
          {protest.incidents.map((i) => (
            <li key={i.reference}>
              <Link href={`/incidents/${i.reference}`} className={linkClass}>
                {i.reference}
              </Link>{" "}
              · {i.occurredOn} · {i.provinceName} ({i.provinceCode}){i.locality ? ` · ${i.locality}` : ""}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="history" className={section}>
        <h2 id="history" className="mb-3 text-lg font-semibold">
          Status timeline
        </h2>
        <ProtestTimeline entries={protest.history} />
      </section>

      <section aria-labelledby="changes" className={section}>
        <h2 id="changes" className="mb-3 text-lg font-semibold">
          Change history
        </h2>
        <HistoryTable entries={changes} caption={`Change history of protest ${protest.reference}`} />
      </section>

      {protest.archivedAt || !mayEdit ? null : (
        <section aria-labelledby="change-status" className={section}>
          <h2 id="change-status" className="mb-3 text-lg font-semibold">
            Change status
          </h2>
          <StatusChangeForm
            action={changeProtestStatusAction.bind(null, protest.reference)}
            current={protest.status}
            version={protest.version}
            today={todayUtc()}
          />
        </section>
      )}

      {mayEdit ? (
        <ArchiveSection
          noun="protest"
          archived={Boolean(protest.archivedAt)}
          action={setProtestArchivedAction.bind(null, protest.reference, !protest.archivedAt)}
          explanations={{
            archive: "Archiving hides the step from lists and exports. Nothing is deleted, and it can be restored.",
            restore: "Restoring brings the step back into lists, exports and the incidents' protest status.",
          }}
        />
      ) : null}
    </div>
  );
}
