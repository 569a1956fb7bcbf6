// SQL expressions that make PostgreSQL write each cell exactly as lib/csv/format.ts
// would: COPY (FORMAT csv) does the RFC 4180 quoting, these do the rest.

/**
 * Free text: a leading =, +, -, @, tab, CR or apostrophe gets an apostrophe
 * (formula neutralisation, as neutralise() does); an empty text becomes NULL,
 * because COPY writes '' as "" and the contract's empty cell is unquoted.
 */
export function textCell(expr: string): string {
  return `CASE WHEN left(${expr}, 1) IN ('=', '+', '-', '@', E'\\t', E'\\r', '''') THEN '''' || ${expr} ELSE nullif(${expr}, '') END`;
}

/** YYYY-MM-DD, whatever the server's DateStyle. */
export function dateCell(expr: string): string {
  return `to_char(${expr}, 'YYYY-MM-DD')`;
}

/** ISO 8601 UTC with milliseconds, as Date.prototype.toISOString(). */
export function timestampCell(expr: string): string {
  return `to_char(${expr} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

export function booleanCell(expr: string): string {
  return `CASE WHEN ${expr} THEN 'true' ELSE 'false' END`;
}

/**
 * A coordinate (|x| ≤ 180) as JavaScript's String(x) writes it. PostgreSQL prints
 * the same shortest digits but switches to an exponent below 1e-4 ("5e-05") where
 * JavaScript does so only below 1e-6 ("0.00005", "1.5e-7"), and it keeps the sign
 * of -0. Non-finite values are empty cells, as formatCell() writes them.
 */
export function coordinateCell(expr: string): string {
  const text = `${expr}::text`;
  const mantissa = `split_part(${text}, 'e', 1)`;
  const exponent = `split_part(${text}, 'e', 2)::int`;
  return `CASE WHEN ${expr} IN ('NaN', 'Infinity', '-Infinity') THEN NULL
     WHEN ${expr} = 0 THEN '0'
     WHEN abs(${expr}) >= 1e-4 THEN ${text}
     WHEN ${exponent} >= -6 THEN CASE WHEN ${expr} < 0 THEN '-' ELSE '' END || '0.' || repeat('0', -${exponent} - 1) || replace(ltrim(${mantissa}, '-'), '.', '')
     ELSE ${mantissa} || 'e' || ${exponent} END`;
}
