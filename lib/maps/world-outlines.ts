import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { ExtendedFeature } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

// Country outlines from Natural Earth (public domain) at 1:50m, as packaged by
// world-atlas. Read from node_modules on the server, never imported: a bundled
// import would put the 750 kB file in the build, and the browser never needs it,
// since the map reaches it as drawn SVG.

export type CountryOutline = { id: string; name: string; feature: ExtendedFeature };

// ISO 3166-1 numeric codes, the ids world-atlas uses.
export const BORDER_COUNTRIES = ["764", "116"] as const; // Thailand, Cambodia
export const NEIGHBOUR_COUNTRIES = ["418", "104", "704", "458"] as const; // Laos, Myanmar, Vietnam, Malaysia

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;

let cached: CountryOutline[] | undefined;

/** Thailand, Cambodia and their neighbours, read once per process. */
export function loadCountryOutlines(): CountryOutline[] {
  if (cached) return cached;
  const file = path.join(process.cwd(), "node_modules", "world-atlas", "countries-50m.json");
  const topology = JSON.parse(readFileSync(file, "utf8")) as Countries;
  const wanted = new Set<string>([...BORDER_COUNTRIES, ...NEIGHBOUR_COUNTRIES]);
  const collection = feature(topology, topology.objects.countries);
  cached = collection.features
    .filter((f) => wanted.has(String(f.id)))
    .map((f) => ({ id: String(f.id), name: f.properties.name, feature: f as ExtendedFeature }));
  return cached;
}
