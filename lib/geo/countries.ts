import countries from "i18n-iso-countries";
// The attribute lets Node load it too (the production server reads lib/env.ts, which checks codes against the gazetteer, through tsx).
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };

// Every ISO 3166-1 alpha-2 code with its English name, for nationalities. Safe in
// the browser: the form validates nationality with the same list as the server.
countries.registerLocale(en);

export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}

export function countryName(code: string): string {
  return countries.getName(code, "en", { select: "official" }) ?? code;
}

export const COUNTRY_CHOICES: readonly { value: string; label: string }[] = Object.entries(
  countries.getNames("en", { select: "official" }),
)
  .map(([value, label]) => ({ value, label }))
  .sort((a, b) => a.label.localeCompare(b.label, "en"));
