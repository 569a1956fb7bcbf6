import { iso31662 } from "iso-3166";
import countries from "i18n-iso-countries";
import { countryName } from "@/lib/geo/countries";
import { HAND_KEPT_COUNTRIES } from "@/lib/geo/hand-kept-countries";
import type { GazetteerCountry, GazetteerProvince } from "@/lib/geo/gazetteer-types";

// Countries and provinces the registry records incidents in: every country's
// first-level ISO 3166-2 subdivisions from iso-3166 (English names), so a registry
// for any State Party works without code changes. "First level" is a subdivision
// whose parent is the country itself: France's 13 regions and its overseas parts,
// not the departments below them. A country without subdivisions in ISO 3166-2
// (e.g. Vatican City) is left out, since an incident needs a province.
// Thailand and Cambodia come from lib/geo/hand-kept-countries.ts instead.
// No server imports: the incident form offers these provinces in the browser too.

export type { GazetteerCountry, GazetteerProvince } from "@/lib/geo/gazetteer-types";

type Subdivision = { code: string; name: string; parent: string };

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "en");

/** A hand-kept country, with ISO's names of its provinces as aliases where they differ. */
function withIsoAliases(country: GazetteerCountry, iso: readonly Subdivision[]): GazetteerCountry {
  const isoName = new Map(iso.map((s) => [s.code, s.name]));
  return {
    ...country,
    provinces: country.provinces.map((province) => {
      const name = isoName.get(province.code);
      const known = name === undefined || name === province.name || province.aliases.includes(name);
      return known ? province : { ...province, aliases: [...province.aliases, name] };
    }),
  };
}

function fromIso(code: string, iso: readonly Subdivision[]): GazetteerCountry {
  const [name = countryName(code), ...aliases] = countries.getName(code, "en", { select: "all" }) ?? [];
  return {
    code,
    name,
    aliases,
    provinces: iso.map((s) => ({ code: s.code, name: s.name, aliases: [] })).sort(byName),
  };
}

/** Every country with first-level subdivisions, by English name; exported for its test. */
export function buildGazetteer(
  subdivisions: readonly Subdivision[],
  handKept: readonly GazetteerCountry[],
): GazetteerCountry[] {
  const firstLevel = new Map<string, Subdivision[]>();
  for (const s of subdivisions) {
    if (!/^[A-Z]{2}$/.test(s.parent)) continue;
    const list = firstLevel.get(s.parent);
    if (list) list.push(s);
    else firstLevel.set(s.parent, [s]);
  }
  const kept = new Map(handKept.map((c) => [c.code, c]));
  return [...firstLevel]
    .map(([code, iso]) => {
      const own = kept.get(code);
      return own ? withIsoAliases(own, iso) : fromIso(code, iso);
    })
    .sort(byName);
}

export const GAZETTEER: readonly GazetteerCountry[] = buildGazetteer(iso31662, HAND_KEPT_COUNTRIES);

const countryIndex = new Map(GAZETTEER.map((c) => [c.code, c]));
const provinceIndex = new Map(
  GAZETTEER.flatMap((c) => c.provinces.map((pr) => [pr.code, { ...pr, countryCode: c.code }] as const)),
);

export function findCountry(code: string): GazetteerCountry | undefined {
  return countryIndex.get(code);
}

export function findProvince(code: string) {
  return provinceIndex.get(code);
}

export function provincesOf(countryCode: string): readonly GazetteerProvince[] {
  return findCountry(countryCode)?.provinces ?? [];
}

/** The countries a registry names first (GAZETTEER_COUNTRIES_FIRST), then all others by name. */
export function orderCountries(first: readonly string[]): { first: GazetteerCountry[]; rest: GazetteerCountry[] } {
  const chosen = new Set(first);
  return {
    first: first.flatMap((code) => findCountry(code) ?? []),
    rest: GAZETTEER.filter((c) => !chosen.has(c.code)),
  };
}

/**
 * Whose provinces a select lists before a country is chosen in the browser: the
 * registry's own countries and the ones already chosen. Every country's would be
 * some 4,000 options; without JavaScript, choosing another country and submitting
 * brings its provinces back with the form.
 */
export function provinceCountries(first: readonly string[], chosen: readonly (string | undefined)[]): GazetteerCountry[] {
  return [...new Set([...first, ...chosen])].flatMap((code) => (code ? (findCountry(code) ?? []) : []));
}
