import { z } from "zod";
import {
  Activity,
  CasualtyCategory,
  CasualtyOutcome,
  CoordinatePrecision,
  DeviceType,
  Emplacement,
  Sex,
  Verification,
} from "@/generated/prisma/enums";
import { isCountryCode } from "@/lib/geo/countries";
import { findCountry, findProvince } from "@/lib/geo/gazetteer";
import {
  optionalChoice,
  optionalNumber,
  optionalPastDate,
  optionalText,
  optionalWholeNumber,
  requiredChoice,
  requiredPastDate,
  requiredText,
} from "@/lib/validations/fields";

// The one schema of the incident form: the browser validates with it through
// zodResolver, and the Server Action validates the posted FormData with it again.

export const SUMMARY_MAX = 5000;
export const MAX_CASUALTIES = 200;
export const MAX_SOURCES = 20;

export const sourceSchema = z.object({
  outlet: requiredText(300, "Enter the outlet or body that reported it"),
  url: requiredText(2000, "Enter the address (URL) of the source").pipe(
    z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: "Enter a web address starting with http:// or https://" }),
  ),
  publishedOn: optionalPastDate("publication date"),
});

export const casualtySchema = z.object({
  category: requiredChoice(CasualtyCategory, "Choose the category"),
  outcome: requiredChoice(CasualtyOutcome, "Choose killed or injured"),
  nationality: optionalText(2)
    .transform((v) => v?.toUpperCase() ?? null)
    .refine((v) => v === null || isCountryCode(v), "Choose a country from the list"),
  sex: requiredChoice(Sex, "Choose female, male or unknown"),
  age: optionalWholeNumber("age", 0, 120),
  injuries: optionalText(1000),
  unit: optionalText(300),
});

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export const incidentFormSchema = z
  .object({
    occurredOn: requiredPastDate("date"),
    occurredAt: optionalText(8).refine(
      (v) => v === null || TIME.test(v.slice(0, 5)),
      "Enter the time as HH:MM (24-hour), e.g. 14:30",
    ),
    countryCode: requiredText(2, "Choose the country").refine(
      (code) => code === "" || findCountry(code) !== undefined,
      "Choose a country from the list",
    ),
    provinceCode: requiredText(6, "Choose the province"),
    locality: optionalText(300),
    latitude: optionalNumber("latitude", -90, 90, "14.3821"),
    longitude: optionalNumber("longitude", -180, 180, "104.6912"),
    coordinatePrecision: optionalChoice(CoordinatePrecision, "Choose how precise the coordinates are"),
    deviceType: requiredChoice(DeviceType, "Choose the device type (or Unknown)"),
    deviceModel: optionalText(120),
    emplacement: requiredChoice(Emplacement, "Choose newly laid, legacy or undetermined"),
    emplacementBasis: optionalText(1000),
    activity: requiredChoice(Activity, "Choose the activity at the time (or Unknown)"),
    summary: requiredText(SUMMARY_MAX, "Describe what happened"),
    verification: requiredChoice(Verification, "Choose the verification status"),
    sources: z
      .array(sourceSchema)
      .min(1, "Add at least one source")
      .max(MAX_SOURCES, `At most ${MAX_SOURCES} sources`),
    casualties: z.array(casualtySchema).max(MAX_CASUALTIES, `At most ${MAX_CASUALTIES} casualties`),
  })
  .superRefine(
    (incident, ctx) => {
      const province = findProvince(incident.provinceCode);
      if (!province) {
        ctx.addIssue({ code: "custom", path: ["provinceCode"], message: "Choose a province from the list" });
      } else if (province.countryCode !== incident.countryCode) {
        ctx.addIssue({
          code: "custom",
          path: ["provinceCode"],
          message: "This province is not in the chosen country: choose one of its provinces",
        });
      }
    },
    { when: ({ issues }) => !hasIssueAt(issues, ["countryCode", "provinceCode"]) },
  )
  .superRefine(
    (incident, ctx) => {
      if ((incident.latitude === null) !== (incident.longitude === null)) {
        ctx.addIssue({
          code: "custom",
          path: [incident.latitude === null ? "latitude" : "longitude"],
          message: "Give both latitude and longitude, or leave both empty",
        });
      }
    },
    { when: ({ issues }) => !hasIssueAt(issues, ["latitude", "longitude"]) },
  )
  .superRefine(
    (incident, ctx) => {
      if (incident.coordinatePrecision !== null && incident.latitude === null && incident.longitude === null) {
        ctx.addIssue({
          code: "custom",
          path: ["coordinatePrecision"],
          message: "Give the coordinates this precision describes, or leave the precision empty",
        });
      }
    },
    { when: ({ issues }) => !hasIssueAt(issues, ["latitude", "longitude", "coordinatePrecision"]) },
  );

// Cross-field rules run even when unrelated fields are invalid, so that a person
// sees every problem at once, but only once the fields they compare are valid.
function hasIssueAt(issues: readonly { path?: PropertyKey[] }[], keys: string[]): boolean {
  return issues.some((issue) => keys.includes(String(issue.path?.[0])));
}

export type IncidentFormValues = z.input<typeof incidentFormSchema>;
export type IncidentInput = z.output<typeof incidentFormSchema>;
export type SourceFormValues = z.input<typeof sourceSchema>;
export type CasualtyFormValues = z.input<typeof casualtySchema>;

export const EMPTY_SOURCE: SourceFormValues = { outlet: "", url: "", publishedOn: "" };

export const EMPTY_CASUALTY: CasualtyFormValues = {
  category: "",
  outcome: "",
  nationality: "",
  sex: "unknown",
  age: "",
  injuries: "",
  unit: "",
};

export function emptyIncidentForm(): IncidentFormValues {
  return {
    occurredOn: "",
    occurredAt: "",
    countryCode: "",
    provinceCode: "",
    locality: "",
    latitude: "",
    longitude: "",
    coordinatePrecision: "",
    deviceType: "",
    deviceModel: "",
    emplacement: "undetermined",
    emplacementBasis: "",
    activity: "",
    summary: "",
    verification: "reported",
    sources: [{ ...EMPTY_SOURCE }],
    casualties: [],
  };
}
