/**
 * The text as a LIKE pattern that matches it literally: Prisma's `contains` passes
 * % and _ through as wildcards (prisma/prisma#19506), so a search for "50%" would
 * match "50 metres". The backslash is PostgreSQL's default LIKE escape.
 */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}
