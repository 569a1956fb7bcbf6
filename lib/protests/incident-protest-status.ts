import { IncidentProtestStatus } from "@/generated/prisma/enums";

// The protest status of an incident is derived from the protests that cover it by
// the database, in the transaction that changes them, and stored on the incident:
// the rule is written once, in refresh_incident_facts()
// (prisma/migrations/20261205100000_incident_derived_facts/migration.sql).

export type { IncidentProtestStatus };

/** In the order of the ladder, as the database enum declares them. */
export const INCIDENT_PROTEST_STATUSES = Object.values(IncidentProtestStatus) as [IncidentProtestStatus, ...IncidentProtestStatus[]];
