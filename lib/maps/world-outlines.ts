import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { geoBounds, geoContains, type ExtendedFeature } from "d3-geo";
import { iso31661 } from "iso-3166";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { Bounds, LonLat } from "@/lib/maps/fit-projection";

// Country outlines from Natural Earth (public domain) at 1:50m, as packaged by
// world-atlas. Read from node_modules on the server, never imported: a bundled
// import would put the 750 kB file in the build, and the browser never needs it,
// since the map reaches it as drawn SVG.

export type CountryOutline = { id: string; name: string; feature: ExtendedFeature; bounds: Bounds };

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;

let cached: CountryOutline[] | undefined;

/** Every country's outline, read once per process. */
export function loadCountryOutlines(): CountryOutline[] {
  if (cached) return cached;
  const file = path.join(process.cwd(), "node_modules", "world-atlas", "countries-50m.json");
  const topology = JSON.parse(readFileSync(file, "utf8")) as Countries;
  cached = feature(topology, topology.objects.countries).features.map((f) => ({
    id: String(f.id),
    name: f.properties.name,
    feature: f as ExtendedFeature,
    bounds: geoBounds(f as ExtendedFeature) as unknown as Bounds,
  }));
  return cached;
}

// A country across the antimeridian (Russia, Fiji) has its west bound east of its east bound.
function withinBounds([[west, south], [east, north]]: Bounds, [lon, lat]: LonLat): boolean {
  const inLongitude = west <= east ? lon >= west && lon <= east : lon >= west || lon <= east;
  return inLongitude && lat >= south && lat <= north;
}

/** The ids of the countries any of these positions lies in; the bounding box first, as most are far off. */
export function countriesHolding(outlines: readonly CountryOutline[], positions: readonly LonLat[]): Set<string> {
  const holding = new Set<string>();
  for (const outline of outlines) {
    if (positions.some((p) => withinBounds(outline.bounds, p) && geoContains(outline.feature, [p[0], p[1]]))) holding.add(outline.id);
  }
  return holding;
}

// world-atlas names countries by their ISO 3166-1 numeric code.
const numericOf = new Map(iso31661.map((c) => [c.alpha2, String(Number(c.numeric))]));

/**
 * The outlines of these countries (ISO 3166-1 alpha-2) and the box around them: the
 * map's frame when nothing has coordinates. A country across the antimeridian widens
 * it to every longitude.
 */
export function homeRegion(outlines: readonly CountryOutline[], countries: readonly string[]): { ids: Set<string>; bounds: Bounds } {
  const ids = new Set(countries.flatMap((code) => numericOf.get(code) ?? []));
  const boxes = outlines.filter((o) => ids.has(o.id)).map((o) => o.bounds);
  if (boxes.length === 0) return { ids, bounds: [[-180, -60], [180, 80]] };
  const across = boxes.some(([[west], [east]]) => west > east);
  return {
    ids,
    bounds: [
      [across ? -180 : Math.min(...boxes.map((b) => b[0][0])), Math.min(...boxes.map((b) => b[0][1]))],
      [across ? 180 : Math.max(...boxes.map((b) => b[1][0])), Math.max(...boxes.map((b) => b[1][1]))],
    ],
  };
}
