import { z } from "zod";
import { ProtestKind, ProtestStatus } from "@/generated/prisma/enums";
import { isCountryCode } from "@/lib/geo/countries";
import { treatyDueDate } from "@/lib/protests/due-date";
import { isRecipient } from "@/lib/protests/recipients";
import { EARLIEST_DATE, isCalendarDate } from "@/lib/validations/dates";
import { INCIDENT_REFERENCE } from "@/lib/validations/references";
import { optionalPastDate, optionalText, requiredChoice, requiredText } from "@/lib/validations/fields";

// The one schema of the protest form, used by the browser and the Server Action.

const optionalAnyDate = (label: string) =>
  optionalText(10).refine(
    (v) => v === null || (isCalendarDate(v) && v >= EARLIEST_DATE),
    `Enter the ${label} as YYYY-MM-DD, e.g. 2025-09-12`,
  );

export const protestFormSchema = z
  .object({
    kind: requiredChoice(ProtestKind, "Choose the kind of step"),
    fromState: requiredText(2, "Choose the State that took this step").refine(
      (v) => v === "" || isCountryCode(v),
      "Choose a State from the list",
    ),
    recipient: requiredText(40, "Choose who it was addressed to").refine(
      (v) => v === "" || isRecipient(v),
      "Choose a State or body from the list",
    ),
    // A new protest is either still a draft or already sent; later steps are status changes.
    status: requiredChoice({ draft: ProtestStatus.draft, sent: ProtestStatus.sent }, "Choose draft or sent"),
    sentOn: optionalPastDate("date sent"),
    documentReference: optionalText(200),
    responseDueOn: optionalAnyDate("response due date"),
    notes: optionalText(5000),
    incidents: z
      .array(z.string().trim().regex(INCIDENT_REFERENCE, "Incident references look like MI-2025-0042"))
      .min(1, "Choose at least one incident this step covers")
      .max(500, "At most 500 incidents per step")
      .transform((refs) => [...new Set(refs)]),
  })
  .superRefine(
    (p, ctx) => {
      if (p.status === "sent" && p.sentOn === null) {
        ctx.addIssue({ code: "custom", path: ["sentOn"], message: "Enter the date it was sent, or save it as a draft" });
      }
      if (p.responseDueOn && p.sentOn && p.responseDueOn < p.sentOn) {
        ctx.addIssue({ code: "custom", path: ["responseDueOn"], message: "The response cannot be due before the step was sent" });
      }
    },
    { when: ({ issues }) => !issues.some((i) => ["status", "sentOn", "responseDueOn"].includes(String(i.path?.[0]))) },
  )
  // The treaty fixes the due date of an Article 8.2 request: whatever was typed, it is sent + 28 days.
  .transform((p) => ({ ...p, responseDueOn: treatyDueDate(p.kind, p.sentOn) ?? p.responseDueOn }));

export type ProtestFormValues = z.input<typeof protestFormSchema>;
export type ProtestInput = z.output<typeof protestFormSchema>;

export function emptyProtestForm(incidents: string[] = []): ProtestFormValues {
  return {
    kind: "",
    fromState: "TH",
    recipient: "",
    status: "sent",
    sentOn: "",
    documentReference: "",
    responseDueOn: "",
    notes: "",
    incidents,
  };
}

export const statusChangeSchema = z
  .object({
    toStatus: requiredChoice(ProtestStatus, "Choose the new status"),
    changedOn: optionalPastDate("date of the change"),
    note: optionalText(2000),
    responseReceivedOn: optionalPastDate("date the response was received"),
    responseSummary: optionalText(5000),
  })
  .superRefine((c, ctx) => {
    if (c.toStatus === "response_received") {
      if (!c.responseReceivedOn) {
        ctx.addIssue({ code: "custom", path: ["responseReceivedOn"], message: "Enter the date the response was received" });
      }
      if (!c.responseSummary) {
        ctx.addIssue({ code: "custom", path: ["responseSummary"], message: "Summarise the response" });
      }
    }
  });

export type StatusChangeValues = z.input<typeof statusChangeSchema>;
export type StatusChangeInput = z.output<typeof statusChangeSchema>;
