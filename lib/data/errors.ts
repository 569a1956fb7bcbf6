// Expected failures of the data layer, each with a message a person can act on.
// Anything else is unexpected: logged, and shown as a generic message.

export class NotFoundError extends Error {}

export class ConflictError extends Error {}

export function isUniqueViolation(error: unknown, column?: string): boolean {
  if (typeof error !== "object" || error === null || !("code" in error) || error.code !== "P2002") {
    return false;
  }
  if (!column) return true;
  return JSON.stringify((error as { meta?: unknown }).meta ?? {}).includes(column);
}
