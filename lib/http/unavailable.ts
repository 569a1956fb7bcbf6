// What people and programs are told while the database cannot be reached.

export const UNAVAILABLE_TITLE = "Registry temporarily unavailable";

export const UNAVAILABLE_MESSAGE =
  "The registry cannot reach its database just now. Nothing saved before is lost. Try again in a minute; " +
  "if this lasts, tell the registry's administrator.";

/** Seconds a client should wait before asking again (the Retry-After header). */
export const RETRY_AFTER_SECONDS = 30;
