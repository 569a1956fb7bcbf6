import { describe, expect, it } from "vitest";
import { addDays, isOverdue, treatyDueDate } from "@/lib/protests/due-date";
import { presidentOn, recipientLabel } from "@/lib/protests/recipients";
import { checkStatusMove, laterStatuses } from "@/lib/protests/status-rules";

describe("protest status moves", () => {
  it("go forward, skipping steps if need be", () => {
    expect(checkStatusMove("draft", "sent", null)).toEqual({ ok: true, reopen: false });
    expect(checkStatusMove("sent", "response_received", null)).toEqual({ ok: true, reopen: false });
    expect(checkStatusMove("draft", "closed", null)).toEqual({ ok: true, reopen: false });
    expect(laterStatuses("acknowledged")).toEqual(["response_received", "closed"]);
  });

  it("go back only as a reopening with a note", () => {
    expect(checkStatusMove("closed", "sent", null)).toMatchObject({ ok: false, message: expect.stringContaining("explain why") });
    expect(checkStatusMove("closed", "sent", "New evidence came to light")).toEqual({ ok: true, reopen: true });
    expect(checkStatusMove("sent", "sent", "x")).toMatchObject({ ok: false });
  });
});

describe("due dates", () => {
  it("are 28 days after sending for an Article 8.2 request, and free for other steps", () => {
    expect(treatyDueDate("article_8_2_request", "2025-08-15")).toBe("2025-09-12");
    expect(treatyDueDate("article_8_2_request", "2025-12-20")).toBe("2026-01-17");
    expect(treatyDueDate("bilateral_protest", "2025-08-15")).toBeNull();
    expect(treatyDueDate("article_8_2_request", null)).toBeNull();
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
  });

  it("make a protest overdue once passed with no answer", () => {
    const sent = { status: "sent" as const, responseDueOn: "2025-09-12", responseReceivedOn: null };
    expect(isOverdue(sent, "2025-09-12")).toBe(false);
    expect(isOverdue(sent, "2025-09-13")).toBe(true);
    expect(isOverdue({ ...sent, status: "response_received", responseReceivedOn: "2025-09-20" }, "2025-10-01")).toBe(false);
    expect(isOverdue({ ...sent, status: "draft" }, "2025-10-01")).toBe(false);
    expect(isOverdue({ ...sent, responseDueOn: null }, "2025-10-01")).toBe(false);
  });
});

describe("the President of the Convention", () => {
  it("depends on the date of the letter", () => {
    expect(presidentOn("2025-07-25")).toMatch(/^Japan/);
    expect(presidentOn("2025-12-05")).toMatch(/^Japan/);
    expect(presidentOn("2025-12-06")).toMatch(/^Zambia/);
    expect(recipientLabel("president_of_convention", "2026-01-10")).toBe(
      "President of the Convention (Zambia, President of the 23rd Meeting of States Parties)",
    );
    expect(recipientLabel("KH")).toBe("Cambodia");
  });
});
