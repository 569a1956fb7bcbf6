import { protestFormSchema, type ProtestFormValues, type ProtestInput } from "@/lib/validations/protest";

/** A valid Article 8.2 request sent on 2025-08-15, with overrides, as the server action's schema outputs it. */
export function protestInput(overrides: Partial<ProtestFormValues>): ProtestInput {
  return protestFormSchema.parse({
    kind: "article_8_2_request",
    fromState: "TH",
    recipient: "un_secretary_general",
    status: "sent",
    sentOn: "2025-08-15",
    documentReference: "",
    responseDueOn: "",
    notes: "",
    incidents: [],
    ...overrides,
  });
}
