import type { IncidentPoint } from "@/lib/data/maps/count-incident-points";
import { incidentMapHref } from "@/lib/maps/incident-map-response";
import { describeMap, MAP_SIZE, mapTitle } from "@/lib/maps/incident-map-svg";
import type { SummaryScope } from "@/lib/summaries/scope";

type Props = {
  /** e.g. "Si Sa Ket (TH-33)" or "the registry" */
  place: string;
  /** The province and period the map shows; the whole registry, all time, when empty. */
  scope?: SummaryScope;
  points: readonly IncidentPoint[];
};

/**
 * The incident map: an SVG image the server draws (GET /api/maps/incidents.svg), so
 * the page stays light and the browser keeps the image until the registry changes.
 * Its alternative text is the sentence of what it shows, repeated as the caption.
 */
export function IncidentMap({ place, scope, points }: Props) {
  const summary = describeMap(place, points);
  return (
    <figure className="space-y-2">
      {/* A server-drawn SVG: nothing for next/image to optimise. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        src={incidentMapHref(scope)}
        alt={`${mapTitle(place)}. ${summary}`}
        width={MAP_SIZE.width}
        height={MAP_SIZE.height}
        data-map="incidents"
        className="h-auto w-full max-w-3xl rounded-md border border-slate-300 bg-sky-50"
      />
      <figcaption className="text-sm text-slate-700">
        {summary} Outlines: Natural Earth (public domain).
      </figcaption>
    </figure>
  );
}
