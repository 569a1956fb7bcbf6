import { describe, expect, it } from "vitest";
import type { ProtestKind, ProtestStatus } from "@/generated/prisma/enums";
import { deriveIncidentProtestStatus } from "@/lib/protests/incident-protest-status";

const p = (kind: ProtestKind, status: ProtestStatus) => ({ kind, status });

describe("an incident's protest status", () => {
  it.each([
    [[], "not_protested"],
    [[p("bilateral_protest", "draft")], "protest_drafted"],
    [[p("bilateral_protest", "sent")], "protested"],
    [[p("letter_to_president", "acknowledged")], "protested"],
    [[p("article_8_2_request", "sent")], "clarification_requested"],
    [[p("bilateral_protest", "sent"), p("article_8_2_request", "acknowledged")], "clarification_requested"],
    [[p("article_8_2_request", "response_received")], "response_received"],
    [[p("article_8_2_request", "response_received"), p("bilateral_protest", "sent")], "response_received"],
    [[p("article_8_2_request", "closed")], "closed"],
    [[p("article_8_2_request", "closed"), p("bilateral_protest", "draft")], "closed"],
    [[p("article_8_2_request", "closed"), p("bilateral_protest", "sent")], "protested"],
    [[p("article_8_8_mission", "sent"), p("meeting_statement", "closed")], "clarification_requested"],
  ] as const)("%j gives %s", (protests, expected) => {
    expect(deriveIncidentProtestStatus([...protests])).toBe(expected);
  });
});
