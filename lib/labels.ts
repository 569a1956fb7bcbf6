import type {
  Activity,
  CasualtyCategory,
  CasualtyOutcome,
  CoordinatePrecision,
  DeviceType,
  Emplacement,
  ProtestKind,
  ProtestStatus,
  Sex,
  Verification,
} from "@/generated/prisma/enums";
import type { IncidentProtestStatus } from "@/lib/protests/incident-protest-status";

// The words users see for each stored code (the codes themselves go into CSV).

export const DEVICE_TYPE_LABELS: Record<DeviceType, string> = {
  anti_personnel_mine: "Anti-personnel mine",
  anti_vehicle_mine: "Anti-vehicle mine",
  improvised_mine: "Improvised mine",
  other_erw: "Other explosive remnant of war",
  unknown: "Unknown",
};

export const COORDINATE_PRECISION_LABELS: Record<CoordinatePrecision, string> = {
  exact: "Exact (GPS or survey)",
  village: "Village or site",
  district: "District",
  province: "Province",
};

export const EMPLACEMENT_LABELS: Record<Emplacement, string> = {
  newly_laid: "Newly laid",
  legacy: "Legacy",
  undetermined: "Undetermined",
};

export const ACTIVITY_LABELS: Record<Activity, string> = {
  patrol: "Patrol",
  demining: "Demining",
  military_operation: "Military operation",
  livelihood: "Livelihood (farming, foraging)",
  travel: "Travel",
  other: "Other",
  unknown: "Unknown",
};

export const VERIFICATION_LABELS: Record<Verification, string> = {
  reported: "Reported",
  corroborated: "Corroborated",
  verified: "Verified",
  disputed: "Disputed",
};

export const CASUALTY_CATEGORY_LABELS: Record<CasualtyCategory, string> = {
  military: "Military",
  deminer: "Deminer",
  civilian: "Civilian",
  police: "Police",
  unknown: "Unknown",
};

export const CASUALTY_OUTCOME_LABELS: Record<CasualtyOutcome, string> = {
  killed: "Killed",
  injured: "Injured",
};

export const SEX_LABELS: Record<Sex, string> = {
  female: "Female",
  male: "Male",
  unknown: "Unknown",
};

export function optionsOf<T extends string>(labels: Record<T, string>): { value: T; label: string }[] {
  return (Object.entries(labels) as [T, string][]).map(([value, label]) => ({ value, label }));
}

export const PROTEST_KIND_LABELS: Record<ProtestKind, string> = {
  bilateral_protest: "Bilateral protest to a State",
  letter_to_president: "Letter to the President of the Convention",
  article_8_2_request: "Article 8.2 request for clarification",
  meeting_statement: "Statement at a meeting of States Parties",
  article_8_5_request: "Article 8.5 request for a special meeting",
  article_8_8_mission: "Article 8.8 fact-finding mission",
  other: "Other",
};

export const PROTEST_STATUS_LABELS: Record<ProtestStatus, string> = {
  draft: "Draft",
  sent: "Sent",
  acknowledged: "Acknowledged",
  response_received: "Response received",
  closed: "Closed",
};

export const INCIDENT_PROTEST_STATUS_LABELS: Record<IncidentProtestStatus, string> = {
  not_protested: "Not protested",
  protest_drafted: "Protest drafted",
  protested: "Protested",
  clarification_requested: "Clarification requested (Art. 8)",
  response_received: "Response received",
  closed: "Closed",
};
