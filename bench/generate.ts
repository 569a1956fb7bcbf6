// A realistic data set made by PostgreSQL itself (INSERT … SELECT … FROM
// generate_series), so a million incidents take seconds, not a JS loop per row.
import type pg from "pg";

// The provinces on the Thailand–Cambodia border, where most incidents happen.
export const BORDER_PROVINCES = ["TH-34", "TH-33", "TH-32", "TH-31", "TH-27", "TH-22", "TH-23", "KH-13", "KH-22", "KH-1", "KH-2", "KH-24", "KH-15", "KH-9"];
// Each border province weighs this many times an inland one (about two thirds of all incidents).
const BORDER_WEIGHT = 12;
const YEARS = 10;

export type Counts = { incidents: number; casualties: number; sources: number; protests: number; links: number };

/** Adds incidents (with casualties and a source each) until there are `target`; returns how many it added. */
export async function topUpIncidents(client: pg.Client, target: number): Promise<number> {
  const { rows } = await client.query<{ n: number; max: number }>("SELECT count(*)::int AS n, coalesce(max(id), 0)::int AS max FROM incidents");
  const start = rows[0]!.max;
  const add = Math.max(0, target - rows[0]!.n);
  if (add === 0) return 0;
  await client.query("SET synchronous_commit = off");
  await client.query("BEGIN");
  try {
    // r1 province, r2 date, r3 device, r4 emplacement, r5 activity, r6 verification, r7 coordinates, r8 archived
    await client.query(
      `WITH weighted AS (
         SELECT array_agg(code ORDER BY code, n) AS codes
         FROM provinces, generate_series(1, CASE WHEN code = ANY($3::text[]) THEN $4::int ELSE 1 END) AS n
         WHERE country_code IN ('TH', 'KH')
       ),
       picked AS (
         SELECT g AS id,
                w.codes[1 + floor(random() * cardinality(w.codes))::int] AS province_code,
                (current_date - floor(power(random(), 1.4) * 365.25 * $5::int)::int) AS occurred_on,
                random() AS r3, random() AS r4, random() AS r5, random() AS r6, random() AS r7, random() AS r8,
                (random() * 86400)::int AS seconds
         FROM generate_series($1::int + 1, $1::int + $2::int) AS g, weighted w
       ),
       numbered AS (
         SELECT p.*,
                extract(year FROM p.occurred_on)::int AS year,
                coalesce(rc.last_value, 0) + row_number() OVER (PARTITION BY extract(year FROM p.occurred_on) ORDER BY p.occurred_on, p.id) AS number
         FROM picked p
         LEFT JOIN reference_counters rc ON rc.scope = 'MI-' || extract(year FROM p.occurred_on)::int
       )
       INSERT INTO incidents (id, reference, occurred_on, occurred_at, country_code, province_code, locality, latitude, longitude,
                              device_type, device_model, emplacement, emplacement_basis, activity, summary, verification,
                              created_at, updated_at, archived_at)
       SELECT id,
              'MI-' || year || '-' || lpad(number::text, greatest(4, length(number::text)), '0'),
              occurred_on,
              CASE WHEN r7 < 0.6 THEN make_time(seconds / 3600, (seconds / 60) % 60, 0) END,
              left(province_code, 2),
              province_code,
              CASE WHEN r7 < 0.9 THEN 'Ban ' || (ARRAY['Nong', 'Khok', 'Phum', 'Don', 'Sa', 'Chong'])[1 + id % 6] || ' ' || (id % 997) END,
              CASE WHEN r7 < 0.7 THEN round((13.2 + r3 * 1.6)::numeric, 5)::float8 END,
              CASE WHEN r7 < 0.7 THEN round((102.3 + r4 * 3.0)::numeric, 5)::float8 END,
              (CASE WHEN r3 < 0.45 THEN 'anti_personnel_mine' WHEN r3 < 0.57 THEN 'anti_vehicle_mine' WHEN r3 < 0.65 THEN 'improvised_mine'
                    WHEN r3 < 0.90 THEN 'other_erw' ELSE 'unknown' END)::device_type,
              CASE WHEN r3 < 0.45 THEN (ARRAY['PMN-2', 'PMN-2', 'PMN-1', 'Type 72A', 'POMZ-2M', NULL])[1 + id % 6]
                   WHEN r3 < 0.57 THEN (ARRAY['TM-57', 'TM-62M', NULL])[1 + id % 3] END,
              (CASE WHEN r4 < 0.25 THEN 'newly_laid' WHEN r4 < 0.75 THEN 'legacy' ELSE 'undetermined' END)::emplacement,
              CASE WHEN r4 < 0.25 THEN 'Confirmed by the ASEAN observer team, "fresh soil, no corrosion"'
                   WHEN r4 < 0.75 THEN 'Area on the legacy contamination survey' END,
              (CASE WHEN r5 < 0.35 THEN 'patrol' WHEN r5 < 0.50 THEN 'demining' WHEN r5 < 0.60 THEN 'military_operation'
                    WHEN r5 < 0.85 THEN 'livelihood' WHEN r5 < 0.93 THEN 'travel' WHEN r5 < 0.97 THEN 'other' ELSE 'unknown' END)::activity,
              'Synthetic benchmark incident ' || id || ' in ' || province_code || ': a patrol, farmer or deminer stepped on a device, '
                || 'casualties were evacuated to the provincial hospital. Reported by the unit, later confirmed by local officials.',
              (CASE WHEN r6 < 0.40 THEN 'reported' WHEN r6 < 0.70 THEN 'corroborated' WHEN r6 < 0.95 THEN 'verified' ELSE 'disputed' END)::verification,
              occurred_on + make_interval(secs => seconds + 7200),
              occurred_on + make_interval(secs => seconds + 7200 + (r6 * 864000)::int),
              CASE WHEN r8 < 0.01 THEN occurred_on + interval '30 days' END
       FROM numbered`,
      [start, add, BORDER_PROVINCES, BORDER_WEIGHT, YEARS],
    );
    // 0 to 5 casualties an incident: 2.5 on average.
    await client.query(
      `INSERT INTO casualties (incident_id, position, category, outcome, nationality, sex, age, injuries, unit)
       SELECT i.id, k,
              (CASE WHEN r1 < 0.45 THEN 'military' WHEN r1 < 0.60 THEN 'deminer' WHEN r1 < 0.90 THEN 'civilian'
                    WHEN r1 < 0.95 THEN 'police' ELSE 'unknown' END)::casualty_category,
              (CASE WHEN r2 < 0.22 THEN 'killed' ELSE 'injured' END)::casualty_outcome,
              CASE WHEN r3 < 0.95 THEN i.country_code END,
              (CASE WHEN r3 < 0.85 THEN 'male' WHEN r3 < 0.96 THEN 'female' ELSE 'unknown' END)::sex,
              CASE WHEN r3 < 0.8 THEN 18 + floor(r2 * 45)::int END,
              CASE WHEN r2 >= 0.22 THEN (ARRAY['left leg amputated', 'right foot amputated, shrapnel wounds', 'left leg amputated, left eye injured',
                                               'shrapnel wounds to both legs', 'hearing loss, burns'])[1 + floor(r1 * 5)::int] END,
              CASE WHEN r1 < 0.60 THEN (ARRAY['2nd Ranger Regiment', 'Suranari Task Force', 'Humanitarian demining unit 3', 'Border Patrol Police'])[1 + k % 4] END
       FROM (SELECT id, country_code, floor(random() * 6)::int AS n FROM incidents WHERE id > $1) i,
            generate_series(1, i.n) AS k,
            LATERAL (SELECT random() AS r1, random() AS r2, random() AS r3, k AS keep) r`,
      [start],
    );
    await client.query(
      `INSERT INTO sources (incident_id, position, outlet, url, published_on)
       SELECT id, 1,
              (ARRAY['Royal Thai Army', 'Bangkok Post', 'Khmer Times', 'CMAC', 'ASEAN Observer Team'])[1 + id % 5],
              'https://example.org/reports/' || lower(reference),
              occurred_on + 1
       FROM incidents WHERE id > $1`,
      [start],
    );
    await client.query(`SELECT setval(pg_get_serial_sequence('incidents', 'id'), (SELECT max(id) FROM incidents))`);
    await client.query(
      `INSERT INTO reference_counters (scope, last_value)
       SELECT split_part(reference, '-', 1) || '-' || split_part(reference, '-', 2), max(split_part(reference, '-', 3)::int)
       FROM incidents GROUP BY 1
       ON CONFLICT (scope) DO UPDATE SET last_value = GREATEST(reference_counters.last_value, EXCLUDED.last_value)`,
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  return add;
}

/** Adds `count` protest steps by Thailand, each covering 1–5 incidents of one border province, with their history. */
export async function addProtests(client: pg.Client, count: number): Promise<void> {
  await client.query("BEGIN");
  try {
    await client.query(
      `WITH made AS (
         SELECT g, random() AS r1, random() AS r2,
                (current_date - floor(random() * 365.25 * $2::int)::int) AS sent_on
         FROM generate_series(1, $1::int) AS g
       ),
       shaped AS (
         SELECT g, r1, r2, sent_on,
                row_number() OVER (PARTITION BY extract(year FROM sent_on) ORDER BY sent_on, g) AS n,
                (CASE WHEN r1 < 0.55 THEN 'bilateral_protest' WHEN r1 < 0.70 THEN 'letter_to_president' WHEN r1 < 0.85 THEN 'article_8_2_request'
                      WHEN r1 < 0.95 THEN 'meeting_statement' ELSE 'other' END)::protest_kind AS kind,
                (CASE WHEN r2 < 0.10 THEN 'draft' WHEN r2 < 0.45 THEN 'sent' WHEN r2 < 0.65 THEN 'acknowledged'
                      WHEN r2 < 0.85 THEN 'response_received' ELSE 'closed' END)::protest_status AS status
         FROM made
       )
       INSERT INTO protests (reference, kind, from_state, recipient, sent_on, document_reference, response_due_on,
                             response_received_on, status, created_at, updated_at)
       SELECT 'PR-' || extract(year FROM sent_on)::int || '-' || lpad(n::text, greatest(4, length(n::text)), '0'),
              kind, 'TH',
              CASE WHEN kind = 'letter_to_president' THEN 'president_of_convention' WHEN kind = 'article_8_2_request' THEN 'un_secretary_general' ELSE 'KH' END,
              CASE WHEN status <> 'draft' THEN sent_on END,
              CASE WHEN status <> 'draft' THEN 'MFA ' || g || '/' || extract(year FROM sent_on)::int END,
              CASE WHEN status <> 'draft' THEN sent_on + 28 END,
              CASE WHEN status IN ('response_received', 'closed') THEN sent_on + 20 END,
              status, sent_on, sent_on + 30
       FROM shaped`,
      [count, YEARS],
    );
    await client.query(
      `INSERT INTO protest_status_changes (protest_id, changed_on, from_status, to_status)
       SELECT id, sent_on_or_created, NULL, status FROM (SELECT id, status, coalesce(sent_on, created_at::date) AS sent_on_or_created FROM protests) p`,
    );
    // Each step covers 1–5 incidents: random live incidents of the border provinces.
    await client.query(
      `WITH candidates AS (
         SELECT array_agg(id) AS ids FROM incidents WHERE archived_at IS NULL AND province_code = ANY($1::text[])
       )
       INSERT INTO protest_incidents (protest_id, incident_id)
       SELECT p.id, c.ids[1 + floor(random() * cardinality(c.ids))::int + 0 * k]
       FROM protests p, generate_series(1, 1 + (p.id % 5)) AS k, candidates c
       WHERE cardinality(c.ids) > 0
       ON CONFLICT DO NOTHING`,
      [BORDER_PROVINCES],
    );
    await client.query(
      `INSERT INTO reference_counters (scope, last_value)
       SELECT 'PR-' || split_part(reference, '-', 2), max(split_part(reference, '-', 3)::int) FROM protests GROUP BY 1
       ON CONFLICT (scope) DO UPDATE SET last_value = GREATEST(reference_counters.last_value, EXCLUDED.last_value)`,
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

export async function countRows(client: pg.Client): Promise<Counts> {
  const { rows } = await client.query<Counts>(
    `SELECT (SELECT count(*) FROM incidents)::int AS incidents, (SELECT count(*) FROM casualties)::int AS casualties,
            (SELECT count(*) FROM sources)::int AS sources, (SELECT count(*) FROM protests)::int AS protests,
            (SELECT count(*) FROM protest_incidents)::int AS links`,
  );
  return rows[0]!;
}
