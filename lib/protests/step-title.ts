import type { ProtestKind } from "@/generated/prisma/enums";
import { recipientLabel, type BodyCode } from "@/lib/protests/recipients";

// How a person would name a protest step in one line ("Protest to Cambodia",
// "Statement at the Meeting of States Parties"), for every kind and recipient.
// Bodies take "the"; a step made at or through a body says so rather than "to".

const THROUGH_SECRETARY_GENERAL: Partial<Record<ProtestKind, string>> = {
  article_8_2_request: "Article 8.2 request for clarification, through the UN Secretary-General",
  article_8_5_request: "Article 8.5 request for a special meeting, through the UN Secretary-General",
  article_8_8_mission: "Article 8.8 request for a fact-finding mission, through the UN Secretary-General",
};

const PHRASE: Record<ProtestKind, (to: string) => string> = {
  bilateral_protest: (to) => `Protest to ${to}`,
  letter_to_president: (to) => `Letter to ${to}`,
  article_8_2_request: (to) => `Article 8.2 request for clarification to ${to}`,
  meeting_statement: (to) => `Statement at a meeting of States Parties, addressed to ${to}`,
  article_8_5_request: (to) => `Article 8.5 request for a special meeting, to ${to}`,
  article_8_8_mission: (to) => `Article 8.8 request for a fact-finding mission, to ${to}`,
  other: (to) => `Step addressed to ${to}`,
};

const BODY_CODES = new Set<string>([
  "president_of_convention",
  "un_secretary_general",
  "committee_on_cooperative_compliance",
  "meeting_of_states_parties",
] satisfies BodyCode[]);

export function protestStepTitle(kind: ProtestKind, recipient: string, sentOn: string | null = null): string {
  if (recipient === "un_secretary_general" && THROUGH_SECRETARY_GENERAL[kind]) return THROUGH_SECRETARY_GENERAL[kind];
  if (recipient === "meeting_of_states_parties" && kind === "meeting_statement") {
    return "Statement at the Meeting of States Parties";
  }
  const label = recipientLabel(recipient, sentOn);
  return PHRASE[kind](BODY_CODES.has(recipient) ? `the ${label}` : label);
}
