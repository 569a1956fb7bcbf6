import { geoPath } from "d3-geo";
import type { IncidentPoint } from "@/lib/data/maps/count-incident-points";
import { boundsOf, fitProjection, type Bounds, type LonLat } from "@/lib/maps/fit-projection";
import { BORDER_COUNTRIES, loadCountryOutlines } from "@/lib/maps/world-outlines";

const FRAME = { width: 640, height: 420, padding: 24 };
const BORDER = new Set<string>(BORDER_COUNTRIES);

type Props = {
  id: string;
  /** e.g. "Si Sa Ket (TH-33)" or "the registry" */
  place: string;
  points: readonly IncidentPoint[];
  /** What to show when no incident has coordinates. */
  fallback?: Bounds;
};

/**
 * Incidents with coordinates as dots over country outlines, drawn on the server
 * as SVG: no tiles, no script, nothing fetched by the browser. Screen readers get
 * the title and a sentence of what the map shows.
 */
export function IncidentMap({ id, place, points, fallback }: Props) {
  const positions: LonLat[] = points.map((p) => [p.longitude, p.latitude]);
  const projection = fitProjection(boundsOf(positions, fallback), FRAME);
  // One decimal of a pixel is all the eye can see; it keeps the page small.
  const path = geoPath(projection).digits(1);
  const incidents = points.reduce((sum, p) => sum + p.count, 0);
  const largest = Math.max(1, ...points.map((p) => p.count));
  const summary =
    points.length === 0
      ? `No incident in ${place} has coordinates yet, so the map shows only the border region.`
      : `${incidents.toLocaleString("en")} incident${incidents === 1 ? "" : "s"} with coordinates in ${place}, at ${points.length.toLocaleString("en")} place${points.length === 1 ? "" : "s"}; a larger dot marks more incidents.`;

  return (
    <figure className="space-y-2">
      <svg
        viewBox={`0 0 ${FRAME.width} ${FRAME.height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        className="h-auto w-full max-w-3xl rounded-md border border-slate-300 bg-sky-50"
        data-map="incidents"
      >
        <title id={`${id}-title`}>{`Map of incidents in ${place}`}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {loadCountryOutlines().map((country) => (
          <path
            key={country.id}
            d={path(country.feature) ?? ""}
            className={BORDER.has(country.id) ? "fill-slate-200 stroke-slate-500" : "fill-slate-100 stroke-slate-300"}
            strokeWidth={BORDER.has(country.id) ? 1 : 0.75}
          >
            <title>{country.name}</title>
          </path>
        ))}
        {points.map((p) => {
          const at = projection([p.longitude, p.latitude]);
          if (!at) return null;
          return (
            <circle
              key={`${p.latitude},${p.longitude}`}
              cx={at[0].toFixed(1)}
              cy={at[1].toFixed(1)}
              r={(3 + 7 * Math.sqrt(p.count / largest)).toFixed(1)}
              className="fill-red-700/70 stroke-white"
              strokeWidth={1}
            >
              <title>{`${p.count} incident${p.count === 1 ? "" : "s"} near ${p.latitude.toFixed(2)}, ${p.longitude.toFixed(2)}`}</title>
            </circle>
          );
        })}
      </svg>
      <figcaption className="text-sm text-slate-700">
        {summary} Outlines: Natural Earth (public domain).
      </figcaption>
    </figure>
  );
}
