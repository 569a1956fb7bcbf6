import type { IncidentDetail } from "@/lib/data/incidents/get-incident";
import { countryName } from "@/lib/geo/countries";
import { DetailItem } from "@/components/ui/detail-list";
import { Attribution } from "@/components/records/attribution";
import {
  ACTIVITY_LABELS,
  CASUALTY_CATEGORY_LABELS,
  CASUALTY_OUTCOME_LABELS,
  COORDINATE_PRECISION_LABELS,
  DEVICE_TYPE_LABELS,
  EMPLACEMENT_LABELS,
  SEX_LABELS,
  VERIFICATION_LABELS,
} from "@/lib/labels";

const section = "rounded-md border border-slate-300 bg-white p-4";

export function IncidentDetails({ incident }: { incident: IncidentDetail }) {
  const killed = incident.casualties.filter((c) => c.outcome === "killed").length;
  const injured = incident.casualties.length - killed;
  return (
    <div className="space-y-6">
      <section aria-labelledby="facts" className={section}>
        <h2 id="facts" className="mb-2 text-lg font-semibold">
          Facts
        </h2>
        <dl className="divide-y divide-slate-200">
          <DetailItem term="Date">{incident.occurredOn}</DetailItem>
          <DetailItem term="Time">{incident.occurredAt}</DetailItem>
          <DetailItem term="Country">
            {incident.countryName} ({incident.countryCode})
          </DetailItem>
          <DetailItem term="Province">
            {incident.provinceName} ({incident.provinceCode})
          </DetailItem>
          <DetailItem term="Locality">{incident.locality}</DetailItem>
          <DetailItem term="Coordinates">
            {incident.latitude !== null && incident.longitude !== null
              ? `${incident.latitude}, ${incident.longitude} (WGS 84)` +
                (incident.coordinatePrecision ? `, precise to: ${COORDINATE_PRECISION_LABELS[incident.coordinatePrecision].toLowerCase()}` : "")
              : null}
          </DetailItem>
          <DetailItem term="Device type">{DEVICE_TYPE_LABELS[incident.deviceType]}</DetailItem>
          <DetailItem term="Device model">{incident.deviceModel}</DetailItem>
          <DetailItem term="Emplacement">{EMPLACEMENT_LABELS[incident.emplacement]}</DetailItem>
          <DetailItem term="Basis of assessment">{incident.emplacementBasis}</DetailItem>
          <DetailItem term="Activity">{ACTIVITY_LABELS[incident.activity]}</DetailItem>
          <DetailItem term="Verification">{VERIFICATION_LABELS[incident.verification]}</DetailItem>
          <DetailItem term="Casualties">
            {killed} killed, {injured} injured
          </DetailItem>
        </dl>
      </section>

      <section aria-labelledby="summary" className={section}>
        <h2 id="summary" className="mb-2 text-lg font-semibold">
          Summary
        </h2>
        <p className="whitespace-pre-line">{incident.summary}</p>
      </section>

      <section aria-labelledby="casualties" className={section}>
        <h2 id="casualties" className="mb-2 text-lg font-semibold">
          Casualties ({incident.casualties.length})
        </h2>
        {incident.casualties.length === 0 ? (
          <p>No casualties recorded.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="min-w-full text-left text-sm">
              <thead className="bg-slate-100">
                <tr>
                  <th scope="col" className="px-3 py-2">#</th>
                  <th scope="col" className="px-3 py-2">Category</th>
                  <th scope="col" className="px-3 py-2">Outcome</th>
                  <th scope="col" className="px-3 py-2">Nationality</th>
                  <th scope="col" className="px-3 py-2">Sex</th>
                  <th scope="col" className="px-3 py-2">Age</th>
                  <th scope="col" className="px-3 py-2">Injuries</th>
                  <th scope="col" className="px-3 py-2">Unit</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {incident.casualties.map((c, i) => (
                  <tr key={i}>
                    <td className="px-3 py-2">{i + 1}</td>
                    <td className="px-3 py-2">{CASUALTY_CATEGORY_LABELS[c.category]}</td>
                    <td className="px-3 py-2">{CASUALTY_OUTCOME_LABELS[c.outcome]}</td>
                    <td className="px-3 py-2">{c.nationality ? countryName(c.nationality) : "—"}</td>
                    <td className="px-3 py-2">{SEX_LABELS[c.sex]}</td>
                    <td className="px-3 py-2">{c.age ?? "—"}</td>
                    <td className="px-3 py-2">{c.injuries ?? "—"}</td>
                    <td className="px-3 py-2">{c.unit ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="sources" className={section}>
        <h2 id="sources" className="mb-2 text-lg font-semibold">
          Sources
        </h2>
        <ul className="list-disc space-y-1 pl-5">
          {incident.sources.map((s, i) => (
            <li key={i}>
              <a href={s.url} rel="noopener noreferrer nofollow" className="text-blue-800 underline underline-offset-2">
                {s.outlet}
              </a>
              {s.publishedOn ? `, published ${s.publishedOn}` : ""} <span className="break-all text-slate-600">({s.url})</span>
            </li>
          ))}
        </ul>
      </section>

      <Attribution
        createdAt={incident.createdAt}
        createdByName={incident.createdByName}
        updatedAt={incident.updatedAt}
        updatedByName={incident.updatedByName}
        archivedAt={incident.archivedAt}
      />
    </div>
  );
}
