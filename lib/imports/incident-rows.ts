import { INCIDENT_COLUMNS } from "@/lib/csv/incident-columns";
import { CsvSyntaxError, type CsvRecord } from "@/lib/csv/parse";
import { IMPORT_MAX_ROWS, IMPORT_TOO_MANY_ROWS } from "@/lib/imports/import-limits";
import { ProblemList, type ImportProblem } from "@/lib/imports/import-report";
import {
  incidentFormSchema,
  MAX_CASUALTIES,
  type CasualtyFormValues,
  type IncidentFormValues,
  type IncidentInput,
  type SourceFormValues,
} from "@/lib/validations/incident";
import { INCIDENT_REFERENCE } from "@/lib/validations/references";

// Turns the records of an incidents.csv into the incident form's values and
// validates them with the form's own schema, so an imported incident obeys
// exactly the rules of one typed in.

export const INCIDENT_HEADER: readonly string[] = INCIDENT_COLUMNS.map((c) => c.header);

type Header = string;
type Cells = (column: Header) => string;

export type ImportedIncident = {
  line: number;
  reference: string;
  /** Kept from the file, so an export of the importing registry gives the same timestamps. */
  createdAt: Date | null;
  updatedAt: Date | null;
  input: IncidentInput;
};

export type MappedRows = { incidents: ImportedIncident[]; problems: ProblemList };

// An incident's reference, as the registry assigns them: a protest's or a case's
// would raise that record's counter and make an incident no page opens. The counter
// is an integer column, so the number must leave room to count on.
const MAX_REFERENCE_NUMBER = 99_999_999;
export const INCIDENT_REFERENCE_MESSAGE = "Enter an incident reference: MI-, the year, then a number of 4 to 8 digits, e.g. MI-2025-0042";
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;
const COUNT = /^\d{1,4}$/;

// Where an issue of the form schema shows in the file.
const COLUMN_OF_FIELD: Record<string, Header> = {
  occurredOn: "occurred_on",
  occurredAt: "occurred_on",
  countryCode: "country_code",
  provinceCode: "province_code",
  locality: "locality",
  latitude: "latitude",
  longitude: "longitude",
  deviceType: "device_type",
  deviceModel: "device_model",
  emplacement: "emplacement",
  emplacementBasis: "emplacement_basis",
  activity: "activity",
  summary: "summary",
  verification: "verification",
  sources: "source_urls",
  casualties: "killed",
};

export type ReferenceParts = { scope: string; number: number };

export function referenceParts(reference: string): ReferenceParts | null {
  if (!INCIDENT_REFERENCE.test(reference)) return null;
  const [prefix, year, number] = reference.split("-");
  return Number(number) <= MAX_REFERENCE_NUMBER ? { scope: `${prefix}-${year}`, number: Number(number) } : null;
}

function isIncidentHeader(record: CsvRecord): boolean {
  const { cells } = record;
  return record.cellCount === INCIDENT_HEADER.length && cells.every((cell, i) => cell.trim() === INCIDENT_HEADER[i]);
}

/** An HXL hashtag row (?hxl=1) carries no data: every filled cell starts with "#". */
function isHxlRow(record: CsvRecord): boolean {
  const filled = record.cells.filter((c) => c.trim() !== "");
  return filled.length > 0 && filled.every((c) => c.trim().startsWith("#"));
}

/** The answer for a file refused as a whole: its one problem. */
function refused(problem: ImportProblem): MappedRows {
  const problems = new ProblemList();
  problems.add(problem);
  return { incidents: [], problems };
}

/**
 * Maps every record after the header (and an HXL row); problems name the line and
 * column. Records are read one at a time, and reading stops at a header that is
 * not the export's or at the row past IMPORT_MAX_ROWS, so a large file of rubbish
 * is refused without being read, let alone held, as a whole.
 */
export function mapIncidentRows(records: Iterable<CsvRecord>): MappedRows {
  const incidents: ImportedIncident[] = [];
  const problems = new ProblemList();
  const seen = new Map<string, number>();
  let read = 0;
  let rows = 0;
  try {
    for (const record of records) {
      read += 1;
      if (read === 1) {
        if (!isIncidentHeader(record)) return refused(headerProblem(record.line));
        continue;
      }
      if (read === 2 && isHxlRow(record)) continue;
      rows += 1;
      if (rows > IMPORT_MAX_ROWS) return refused({ line: record.line, column: "row", message: IMPORT_TOO_MANY_ROWS });

      const mapped = mapIncidentRow(record);
      if ("problems" in mapped) {
        problems.add(...mapped.problems);
        continue;
      }
      const first = seen.get(mapped.incident.reference);
      if (first !== undefined) {
        problems.add({ line: record.line, column: "reference", message: `The reference is already on line ${first} of this file` });
        continue;
      }
      seen.set(mapped.incident.reference, record.line);
      incidents.push(mapped.incident);
    }
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    problems.add({ line: error.line, column: "row", message: error.message });
  }
  if (read === 0) return refused(headerProblem(1));
  if (rows === 0 && problems.count === 0) problems.add({ line: 2, column: "row", message: "The file has a header but no incidents" });
  return { incidents, problems };
}

function headerProblem(line: number): ImportProblem {
  return { line, column: "header", message: `The first row must be the header of an incidents export: ${INCIDENT_HEADER.join(",")}` };
}

export function mapIncidentRow(record: CsvRecord): { incident: ImportedIncident } | { problems: ImportProblem[] } {
  const { line } = record;
  if (record.cellCount !== INCIDENT_HEADER.length) {
    return {
      problems: [
        { line, column: "row", message: `The row has ${record.cellCount.toLocaleString("en")} cells; the header has ${INCIDENT_HEADER.length}` },
      ],
    };
  }
  const byColumn = new Map(INCIDENT_HEADER.map((h, i) => [h, record.cells[i]?.trim() ?? ""]));
  const cell: Cells = (column) => byColumn.get(column) ?? "";
  const problems: ImportProblem[] = [];
  const problem = (column: Header, message: string) => problems.push({ line, column, message });

  if (!referenceParts(cell("reference"))) problem("reference", INCIDENT_REFERENCE_MESSAGE);
  const createdAt = timestamp(cell("created_at"), () => problem("created_at", "Enter an ISO 8601 timestamp, e.g. 2025-08-09T10:15:00.000Z"));
  const updatedAt = timestamp(cell("updated_at"), () => problem("updated_at", "Enter an ISO 8601 timestamp, e.g. 2025-08-09T10:15:00.000Z"));

  const casualties = casualtiesOf(cell, problem);
  const values: IncidentFormValues = {
    occurredOn: cell("occurred_on"),
    occurredAt: "",
    countryCode: cell("country_code").toUpperCase(),
    provinceCode: cell("province_code").toUpperCase(),
    locality: cell("locality"),
    latitude: cell("latitude"),
    longitude: cell("longitude"),
    deviceType: cell("device_type"),
    deviceModel: cell("device_model"),
    emplacement: cell("emplacement"),
    emplacementBasis: cell("emplacement_basis"),
    activity: cell("activity"),
    summary: cell("summary"),
    verification: cell("verification"),
    sources: sourcesOf(cell("source_urls")),
    casualties,
  };
  const parsed = incidentFormSchema.safeParse(values);
  if (!parsed.success) {
    const reported = new Set<string>();
    for (const issue of parsed.error.issues) {
      const column = COLUMN_OF_FIELD[String(issue.path[0])] ?? "row";
      // Several sources can fail the same way; one line per column and message is enough.
      const key = `${column}\u0000${issue.message}`;
      if (reported.has(key)) continue;
      reported.add(key);
      problems.push({ line, column, message: issue.message });
    }
  }
  if (problems.length > 0 || !parsed.success) return { problems };
  return { incident: { line, reference: cell("reference"), createdAt, updatedAt, input: parsed.data } };
}

function timestamp(text: string, invalid: () => void): Date | null {
  if (text === "") return null;
  const date = new Date(text);
  if (!TIMESTAMP.test(text) || Number.isNaN(date.getTime())) {
    invalid();
    return null;
  }
  return date;
}

// The export lists only the URLs; the outlet is the closest thing the file holds: the site's host name.
function sourcesOf(urls: string): SourceFormValues[] {
  return urls
    .split(/\s+/)
    .filter((url) => url !== "")
    .map((url) => ({ outlet: hostOf(url), url, publishedOn: "" }));
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname || url.slice(0, 300);
  } catch {
    return url.slice(0, 300);
  }
}

/**
 * The file has counts, not people: one casualty per person, the first `killed`
 * of them killed, their categories from the category counts and "unknown" for
 * the rest, sex unknown. Exporting them again gives the same counts.
 */
function casualtiesOf(cell: Cells, problem: (column: Header, message: string) => void): CasualtyFormValues[] {
  const count = (column: Header) => {
    const text = cell(column);
    if (text === "") return 0;
    if (!COUNT.test(text)) {
      problem(column, "Enter a whole number of people, 0 or more");
      return Number.NaN;
    }
    return Number(text);
  };
  const killed = count("killed");
  const injured = count("injured");
  const military = count("military_casualties");
  const deminer = count("deminer_casualties");
  const civilian = count("civilian_casualties");
  const total = killed + injured;
  if ([killed, injured, military, deminer, civilian].some(Number.isNaN)) return [];
  if (total > MAX_CASUALTIES) {
    problem("killed", `At most ${MAX_CASUALTIES} casualties (killed and injured) per incident`);
    return [];
  }
  if (military + deminer + civilian > total) {
    problem("military_casualties", "Military, deminer and civilian casualties add up to more than killed and injured");
    return [];
  }
  const categories = [
    ...Array<string>(military).fill("military"),
    ...Array<string>(deminer).fill("deminer"),
    ...Array<string>(civilian).fill("civilian"),
    ...Array<string>(total - military - deminer - civilian).fill("unknown"),
  ];
  return categories.map((category, i) => ({
    category,
    outcome: i < killed ? "killed" : "injured",
    nationality: "",
    sex: "unknown",
    age: "",
    injuries: "",
    unit: "",
  }));
}
