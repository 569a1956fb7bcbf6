/**
 * What cached figures and pages are filed under: the registry's revision (moved on by
 * every committed write, see the migration 20261122100000_registry_revision) and
 * today's date in UTC, since "overdue" changes at midnight without any write.
 */
export function registryStamp(revision: bigint | string, now: Date = new Date()): string {
  return `${revision}@${now.toISOString().slice(0, 10)}`;
}
