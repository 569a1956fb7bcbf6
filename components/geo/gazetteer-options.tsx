import { orderCountries, type GazetteerCountry } from "@/lib/geo/gazetteer";

/** The registry's own countries (GAZETTEER_COUNTRIES_FIRST) first, then every other by name. */
export function CountryOptions({ first }: { first: readonly string[] }) {
  const ordered = orderCountries(first);
  const option = (c: GazetteerCountry) => (
    <option key={c.code} value={c.code}>
      {c.name}
    </option>
  );
  return (
    <>
      {ordered.first.map(option)}
      <optgroup label="Other countries">{ordered.rest.map(option)}</optgroup>
    </>
  );
}

/** The provinces of these countries, one group a country. */
export function ProvinceGroups({ countries }: { countries: readonly GazetteerCountry[] }) {
  return countries.map((c) => (
    <optgroup key={c.code} label={c.name}>
      {c.provinces.map((p) => (
        <option key={p.code} value={p.code}>
          {p.name} ({p.code})
        </option>
      ))}
    </optgroup>
  ));
}
