import type { Verification } from "@/generated/prisma/enums";

// Verifying an incident is an editor's judgement; a reporter logs it as "reported".
export const VERIFY_NEEDS_EDITOR =
  "Only an editor can set or change the verification. Leave it as it was; an editor will verify the incident.";

// An editor's "corroborated" or "verified" vouches for the facts the editor saw; it
// must not cover facts a reporter changed afterwards.
const VOUCHED_FOR: readonly Verification[] = ["corroborated", "verified"];

/** What the edit form tells a reporter before they save an incident an editor vouched for. */
export function reverifyNotice(verification: string | undefined): string | undefined {
  return VOUCHED_FOR.includes(verification as Verification)
    ? `Set by an editor. Saving a change returns this incident from "${verification}" to "reported" until an editor verifies it again.`
    : undefined;
}

/**
 * The verification an edit saves, or null when the edit may not be saved (a
 * reporter chose another verification). A reporter's change to the facts of an
 * incident an editor vouched for returns it to "reported"; saving it unchanged keeps it.
 */
export function verificationAfterEdit(edit: {
  current: Verification;
  requested: Verification;
  mayVerify: boolean;
  factsChanged: boolean;
}): Verification | null {
  if (edit.mayVerify) return edit.requested;
  if (edit.requested !== edit.current) return null;
  return edit.factsChanged && VOUCHED_FOR.includes(edit.current) ? "reported" : edit.current;
}
