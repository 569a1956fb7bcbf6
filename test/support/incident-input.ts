import { incidentFormSchema, type IncidentFormValues, type IncidentInput } from "@/lib/validations/incident";

/** A valid incident as the form would post it, with overrides. */
export function incidentValues(overrides: Partial<IncidentFormValues> = {}): IncidentFormValues {
  return {
    occurredOn: "2025-08-09",
    occurredAt: "",
    countryCode: "TH",
    provinceCode: "TH-33",
    locality: "Don Ao, Kantharalak",
    latitude: "",
    longitude: "",
    deviceType: "anti_personnel_mine",
    deviceModel: "PMN-2",
    emplacement: "newly_laid",
    emplacementBasis: "",
    activity: "patrol",
    summary: "Three soldiers were wounded by a landmine.",
    verification: "reported",
    sources: [{ outlet: "The Nation", url: "https://www.nationthailand.com/news/general/40053809", publishedOn: "" }],
    casualties: [
      { category: "military", outcome: "injured", nationality: "TH", sex: "male", age: "24", injuries: "Foot amputated", unit: "" },
      { category: "military", outcome: "killed", nationality: "TH", sex: "unknown", age: "", injuries: "", unit: "" },
    ],
    ...overrides,
  };
}

export function incidentInput(overrides: Partial<IncidentFormValues> = {}): IncidentInput {
  return incidentFormSchema.parse(incidentValues(overrides));
}
