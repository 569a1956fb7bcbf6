// Verifying an incident is an editor's judgement; a reporter logs it as "reported".
export const VERIFY_NEEDS_EDITOR =
  "Only an editor can set or change the verification. Leave it as it was; an editor will verify the incident.";
