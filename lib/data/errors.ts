// Expected failures of the data layer, each with a message a person can act on.
// Anything else is unexpected: logged, and shown as a generic message.

export class NotFoundError extends Error {}

/** A field that differs between what is saved now and what the refused edit would have saved. */
export type FieldConflict = { field: string; theirs: string; yours: string };

export class ConflictError extends Error {
  constructor(
    message: string,
    readonly conflicts: FieldConflict[] = [],
  ) {
    super(message);
  }
}

/** A write refused by a rule of the registry (e.g. an illegal status move), with the field it concerns. */
export class RuleError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export function isUniqueViolation(error: unknown, column?: string): boolean {
  if (typeof error !== "object" || error === null || !("code" in error) || error.code !== "P2002") {
    return false;
  }
  if (!column) return true;
  return JSON.stringify((error as { meta?: unknown }).meta ?? {}).includes(column);
}
