import type { ProtestFormValues } from "@/lib/validations/protest";
import { BORDER_INCIDENTS_2025 } from "./border-incidents-2025";

// Thailand's protest steps of 2025 (shared/reference/border-incidents-2025.md and
// PRODUCT.md), linked to the incidents they concern. Where public reporting gives no
// exact date, the notes say the date is approximate. No response is recorded: the
// demo data shows the Article 8.2 request as overdue, as the registry would.

type SeedProtest = { key: string; incidentDates: string[]; values: Omit<ProtestFormValues, "incidents"> };

const base = { fromState: "TH", status: "sent", documentReference: "", responseDueOn: "" } as const;

export const BORDER_PROTESTS_2025: SeedProtest[] = [
  {
    key: "5eedf00d-0723-4000-8000-000000000001",
    incidentDates: ["2025-07-16", "2025-07-23"],
    values: {
      ...base,
      kind: "bilateral_protest",
      recipient: "KH",
      sentOn: "2025-07-23",
      notes: "Protest to Cambodia over the mines that wounded Thai soldiers; further protests followed each new incident.",
    },
  },
  {
    key: "5eedf00d-0725-4000-8000-000000000002",
    incidentDates: ["2025-07-16", "2025-07-23"],
    values: {
      ...base,
      kind: "letter_to_president",
      recipient: "president_of_convention",
      sentOn: "2025-07-25",
      notes: "Letter to the President of the Convention (Japan presided over the 22nd Meeting of States Parties). Date approximate.",
    },
  },
  {
    key: "5eedf00d-0815-4000-8000-000000000003",
    incidentDates: ["2025-07-16", "2025-07-23", "2025-08-09", "2025-08-12"],
    values: {
      ...base,
      kind: "article_8_2_request",
      recipient: "un_secretary_general",
      sentOn: "2025-08-15",
      notes: "Notification of the UN Secretary-General with a request for clarification under Article 8.2, announced 15 August 2025.",
    },
  },
  {
    key: "5eedf00d-0822-4000-8000-000000000004",
    incidentDates: ["2025-07-16", "2025-07-23", "2025-08-09", "2025-08-12"],
    values: {
      ...base,
      kind: "other",
      recipient: "committee_on_cooperative_compliance",
      sentOn: "2025-08-22",
      notes: "Evidence submitted to the Committee on Cooperative Compliance.",
    },
  },
  {
    key: "5eedf00d-1205-4000-8000-000000000005",
    incidentDates: ["2025-07-16", "2025-07-23", "2025-08-09", "2025-08-12", "2025-08-27", "2025-10-20", "2025-11-10"],
    values: {
      ...base,
      kind: "meeting_statement",
      recipient: "meeting_of_states_parties",
      sentOn: "2025-12-05",
      notes: "Statement at the 22nd Meeting of States Parties asking for a fact-finding mission.",
    },
  },
  {
    key: "5eedf00d-1227-4000-8000-000000000006",
    incidentDates: ["2025-12-21", "2025-12-27"],
    values: {
      ...base,
      kind: "bilateral_protest",
      recipient: "KH",
      sentOn: "2025-12-27",
      notes: "Protest statement of the Ministry of Foreign Affairs on the 10th landmine incident.",
    },
  },
  {
    key: "5eedf00d-1229-4000-8000-000000000007",
    incidentDates: ["2025-12-21", "2025-12-27", "2025-12-29"],
    values: {
      ...base,
      kind: "letter_to_president",
      recipient: "president_of_convention",
      sentOn: "2025-12-30",
      notes: "Letter to the President of the Convention (Zambia presides over the 23rd Meeting of States Parties). Date approximate.",
    },
  },
];

/** The seed key of the demo incident of each date, to link protests to them. */
export function incidentKeysOn(dates: string[]): string[] {
  return dates.map((date) => {
    const incident = BORDER_INCIDENTS_2025.find((i) => i.values.occurredOn === date);
    if (!incident) throw new Error(`No demo incident on ${date}`);
    return incident.key;
  });
}
