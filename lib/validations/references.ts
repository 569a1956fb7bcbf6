// Record references as the registry assigns them (lib/data/incidents/allocate-reference.ts).
// Anything else in a URL is answered "not found" without asking the database.
export const INCIDENT_REFERENCE = /^MI-\d{4}-\d{4,}$/;
export const PROTEST_REFERENCE = /^PR-\d{4}-\d{4,}$/;
