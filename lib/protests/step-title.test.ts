import { describe, expect, it } from "vitest";
import type { ProtestKind } from "@/generated/prisma/enums";
import { PROTEST_KIND_LABELS } from "@/lib/labels";
import { BODIES } from "@/lib/protests/recipients";
import { protestStepTitle } from "@/lib/protests/step-title";

const KINDS = Object.keys(PROTEST_KIND_LABELS) as ProtestKind[];
const RECIPIENTS = ["KH", ...Object.keys(BODIES)];

describe("protestStepTitle", () => {
  it("reads as a sentence for the steps Thailand took in 2025", () => {
    expect(protestStepTitle("bilateral_protest", "KH")).toBe("Protest to Cambodia");
    expect(protestStepTitle("meeting_statement", "meeting_of_states_parties")).toBe(
      "Statement at the Meeting of States Parties",
    );
    expect(protestStepTitle("article_8_2_request", "un_secretary_general")).toBe(
      "Article 8.2 request for clarification, through the UN Secretary-General",
    );
    expect(protestStepTitle("letter_to_president", "president_of_convention", "2025-08-01")).toBe(
      "Letter to the President of the Convention (Japan, President of the 22nd Meeting of States Parties)",
    );
    expect(protestStepTitle("bilateral_protest", "committee_on_cooperative_compliance")).toBe(
      "Protest to the Committee on Cooperative Compliance",
    );
  });

  it.each(KINDS.flatMap((kind) => RECIPIENTS.map((recipient) => [kind, recipient] as const)))(
    "%s to %s names the recipient once, with no doubled words",
    (kind, recipient) => {
      const title = protestStepTitle(kind, recipient);
      expect(title).not.toMatch(/\b(\w+) \1\b/i);
      expect(title).not.toMatch(/to (President|UN|Committee|Meeting)\b/);
      expect(title).not.toMatch(/States Parties to Meeting of States Parties/);
      const named = recipient === "KH" ? "Cambodia" : BODIES[recipient as keyof typeof BODIES];
      expect(title.split(named).length - 1).toBe(1);
    },
  );
});
