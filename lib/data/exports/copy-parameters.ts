// COPY (SELECT …) TO STDOUT cannot take bind parameters ($1): it is a utility
// statement. The filter's values therefore travel as settings of the export's own
// session, set by one parameterised query (set_config), and the SELECT reads them
// back with current_setting(): no value a user typed is ever written into SQL text.

export type SqlType = "text" | "bpchar" | "date" | "device_type" | "emplacement" | "verification" | "protest_status" | "protest_kind" | "incident_protest_status";

const PREFIX = "registry_export.p";

export class CopyParameters {
  readonly values: string[] = [];

  /** An SQL expression that reads `value` back as `type`. */
  add(value: string, type: SqlType): string {
    this.values.push(value);
    return `current_setting('${PREFIX}${this.values.length}')::${type}`;
  }

  /**
   * The query that sets them on the export's connection and returns its backend
   * pid (to cancel the COPY). extra_float_digits = 1 is PostgreSQL's default, made
   * explicit because coordinates must come out in their shortest exact form.
   */
  setup(): { text: string; values: string[] } {
    const settings = this.values.map((_, i) => `, set_config('${PREFIX}${i + 1}', $${i + 1}, false)`).join("");
    return {
      text: `SELECT pg_backend_pid() AS pid, set_config('extra_float_digits', '1', false)${settings}`,
      values: this.values,
    };
  }
}

/** A list of code constants (enum values), never user input, as an SQL list. */
export function sqlStrings(values: readonly string[]): string {
  return `(${values.map((v) => `'${v.replaceAll("'", "''")}'`).join(", ")})`;
}
