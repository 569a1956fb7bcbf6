/**
 * What a summary counts: live incidents, optionally of one province and within a
 * period (inclusive YYYY-MM-DD dates, the incident list's `from` and `to`).
 */
export type SummaryScope = { provinceCode?: string; from?: string; to?: string };
