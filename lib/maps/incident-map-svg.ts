import "server-only";
import { geoPath } from "d3-geo";
import type { CoordinatePrecision } from "@/generated/prisma/enums";
import type { IncidentPoint } from "@/lib/data/maps/count-incident-points";
import { boundsOf, fitProjection, type LonLat } from "@/lib/maps/fit-projection";
import { countriesHolding, homeRegion, loadCountryOutlines } from "@/lib/maps/world-outlines";
import { element, escapeXml, round1 } from "@/lib/svg/markup";

const FRAME = { width: 640, height: 420, padding: 24 };

const PRECISION_RING: Record<CoordinatePrecision, number> = { exact: 0, village: 9, district: 16, province: 26 };

export const MAP_SIZE = { width: FRAME.width, height: FRAME.height };

export type IncidentMapInput = {
  /** e.g. "Si Sa Ket (TH-33)" or "the registry" */
  place: string;
  points: readonly IncidentPoint[];
  /** The registry's own countries (GAZETTEER_COUNTRIES_FIRST): the map's frame when no dot has coordinates. */
  home: readonly string[];
};

export type IncidentMapMarkup = { svg: string; title: string; summary: string };

export function mapTitle(place: string): string {
  return `Map of incidents in ${place}`;
}

/** One sentence of what the map shows, for its description and caption. */
export function describeMap(place: string, points: readonly IncidentPoint[]): string {
  if (points.length === 0) return `No incident in ${place} has coordinates yet, so the map shows the registry's countries.`;
  const incidents = points.reduce((sum, p) => sum + p.count, 0);
  return (
    `${incidents.toLocaleString("en")} incident${incidents === 1 ? "" : "s"} with coordinates in ${place}, ` +
    `at ${points.length.toLocaleString("en")} place${points.length === 1 ? "" : "s"}; a larger dot marks more incidents, ` +
    `a dashed ring a place known only to the village, district or province.`
  );
}

function draw({ place, points, home }: IncidentMapInput): IncidentMapMarkup {
  const positions: LonLat[] = points.map((p) => [p.longitude, p.latitude]);
  const outlines = loadCountryOutlines();
  const region = homeRegion(outlines, home);
  // Outlines beyond the frame are cut away, so only what can be seen is in the file.
  const projection = fitProjection(boundsOf(positions, region.bounds), FRAME).clipExtent([
    [0, 0],
    [FRAME.width, FRAME.height],
  ]);
  // One decimal of a pixel is all the eye can see; it keeps the page small.
  const path = geoPath(projection).digits(1);
  const largest = Math.max(1, ...points.map((p) => p.count));
  const summary = describeMap(place, points);

  // A standalone image: colours are attributes (the page's stylesheet does not reach
  // inside an <img>), matching the site's slate, sky and red.
  let body =
    element("title", { id: "title" }, escapeXml(mapTitle(place))) +
    element("desc", { id: "desc" }, escapeXml(summary)) +
    `<rect width="${FRAME.width}" height="${FRAME.height}" fill="#f0f9ff"></rect>`;
  // The countries holding the dots (or, with none, the registry's own) are drawn
  // firmly, their neighbours faintly.
  const holding = positions.length > 0 ? countriesHolding(outlines, positions) : region.ids;
  for (const country of outlines) {
    const d = path(country.feature);
    if (!d) continue;
    const border = holding.has(country.id);
    body += element(
      "path",
      {
        d,
        fill: border ? "#e2e8f0" : "#f1f5f9",
        stroke: border ? "#64748b" : "#cbd5e1",
        "stroke-width": border ? 1 : 0.75,
      },
      element("title", {}, escapeXml(country.name)),
    );
  }
  // A place known only to the village, district or province gets a ring of that
  // rough size around its dot, so a coarse position is not read as a surveyed one.
  let rings = "";
  let dots = "";
  for (const p of points) {
    const at = projection([p.longitude, p.latitude]);
    if (!at) continue;
    const ring = p.precision ? PRECISION_RING[p.precision] : 0;
    if (ring > 0) rings += element("circle", { cx: round1(at[0]), cy: round1(at[1]), r: ring });
    dots += element(
      "circle",
      { cx: round1(at[0]), cy: round1(at[1]), r: round1(3 + 7 * Math.sqrt(p.count / largest)) },
      element("title", {}, `${p.count} incident${p.count === 1 ? "" : "s"} near ${p.latitude.toFixed(2)}, ${p.longitude.toFixed(2)}`),
    );
  }
  body += element("g", { fill: "#fecaca", "fill-opacity": 0.35, stroke: "#b91c1c", "stroke-dasharray": "3 2" }, rings);
  body += element("g", { fill: "#b91c1c", "fill-opacity": 0.7, stroke: "#ffffff", "stroke-width": 1 }, dots);
  const svg = element(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      viewBox: `0 0 ${FRAME.width} ${FRAME.height}`,
      width: FRAME.width,
      height: FRAME.height,
      role: "img",
      "aria-labelledby": "title desc",
      "data-map": "incidents",
    },
    body,
  );
  return { svg, title: mapTitle(place), summary };
}

// The map route passes the same points array while the registry's revision stands
// (lib/data/cache/summaries.ts), so projecting the outlines happens once per revision.
const drawn = new WeakMap<readonly IncidentPoint[], { place: string; markup: IncidentMapMarkup }>();

/**
 * Incidents with coordinates as dots over country outlines, as a standalone SVG
 * document: no tiles, no script, nothing fetched from elsewhere. Its title and a
 * sentence of what it shows name and describe it.
 */
export function incidentMapSvg(input: IncidentMapInput): IncidentMapMarkup {
  const hit = drawn.get(input.points);
  if (hit?.place === input.place) return hit.markup;
  const markup = draw(input);
  drawn.set(input.points, { place: input.place, markup });
  return markup;
}
