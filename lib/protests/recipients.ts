import { countryName, isCountryCode } from "@/lib/geo/countries";

// Who a protest goes to: a State (ISO 3166-1 alpha-2 code) or one of these bodies.
export const BODIES = {
  president_of_convention: "President of the Convention",
  un_secretary_general: "UN Secretary-General",
  committee_on_cooperative_compliance: "Committee on Cooperative Compliance",
  meeting_of_states_parties: "Meeting of States Parties",
} as const;

export type BodyCode = keyof typeof BODIES;

export function isRecipient(code: string): boolean {
  return code in BODIES || isCountryCode(code);
}

// The presidency passes at the end of each Meeting of States Parties, so who
// "the President" was depends on the date of the letter.
const PRESIDENCIES: { until: string | null; holder: string }[] = [
  { until: "2025-12-05", holder: "Japan, President of the 22nd Meeting of States Parties" },
  { until: null, holder: "Zambia, President of the 23rd Meeting of States Parties" },
];
const FIRST_KNOWN_PRESIDENCY_START = "2024-11-29";

export function presidentOn(date: string | null): string | null {
  if (!date || date < FIRST_KNOWN_PRESIDENCY_START) return null;
  return PRESIDENCIES.find((p) => p.until === null || date <= p.until)?.holder ?? null;
}

export function recipientLabel(code: string, sentOn: string | null = null): string {
  if (code === "president_of_convention") {
    const holder = presidentOn(sentOn);
    return holder ? `President of the Convention (${holder})` : BODIES.president_of_convention;
  }
  if (code in BODIES) return BODIES[code as BodyCode];
  return isCountryCode(code) ? countryName(code) : code;
}
