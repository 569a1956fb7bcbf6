import { INCIDENT_COLUMNS } from "@/lib/csv/incident-columns";
import type { CsvRecord } from "@/lib/csv/parse";
import type { ImportProblem } from "@/lib/imports/import-report";
import {
  incidentFormSchema,
  MAX_CASUALTIES,
  type CasualtyFormValues,
  type IncidentFormValues,
  type IncidentInput,
  type SourceFormValues,
} from "@/lib/validations/incident";

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

export type MappedRows = { incidents: ImportedIncident[]; problems: ImportProblem[] };

// References are "<PREFIX>-<YEAR>-<NUMBER>", the shape allocateReference writes;
// anything else could not be raised past in the reference counter.
const REFERENCE = /^([A-Z]{1,10})-(\d{4})-(\d{4,8})$/;
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
  const match = REFERENCE.exec(reference);
  return match ? { scope: `${match[1]}-${match[2]}`, number: Number(match[3]) } : null;
}

/** A problem with the header, or null when it is exactly the export's. */
export function checkHeader(record: CsvRecord | undefined): ImportProblem | null {
  const cells = record?.cells ?? [];
  if (cells.length === INCIDENT_HEADER.length && cells.every((cell, i) => cell.trim() === INCIDENT_HEADER[i])) return null;
  return {
    line: record?.line ?? 1,
    column: "header",
    message: `The first row must be the header of an incidents export: ${INCIDENT_HEADER.join(",")}`,
  };
}

/** An HXL hashtag row (?hxl=1) carries no data: every filled cell starts with "#". */
export function isHxlRow(record: CsvRecord): boolean {
  const filled = record.cells.filter((c) => c.trim() !== "");
  return filled.length > 0 && filled.every((c) => c.trim().startsWith("#"));
}

/** Maps every record after the header (and an HXL row); problems name the line and column. */
export function mapIncidentRows(records: readonly CsvRecord[]): MappedRows {
  const headerProblem = checkHeader(records[0]);
  if (headerProblem) return { incidents: [], problems: [headerProblem] };
  const rows = records.slice(1);
  const data = rows[0] && isHxlRow(rows[0]) ? rows.slice(1) : rows;

  const incidents: ImportedIncident[] = [];
  const problems: ImportProblem[] = [];
  const seen = new Map<string, number>();
  for (const record of data) {
    const mapped = mapIncidentRow(record);
    if ("problems" in mapped) {
      problems.push(...mapped.problems);
      continue;
    }
    const first = seen.get(mapped.incident.reference);
    if (first !== undefined) {
      problems.push({ line: record.line, column: "reference", message: `The reference is already on line ${first} of this file` });
      continue;
    }
    seen.set(mapped.incident.reference, record.line);
    incidents.push(mapped.incident);
  }
  return { incidents, problems };
}

export function mapIncidentRow(record: CsvRecord): { incident: ImportedIncident } | { problems: ImportProblem[] } {
  const { line } = record;
  if (record.cells.length !== INCIDENT_HEADER.length) {
    return {
      problems: [
        { line, column: "row", message: `The row has ${record.cells.length} cells; the header has ${INCIDENT_HEADER.length}` },
      ],
    };
  }
  const byColumn = new Map(INCIDENT_HEADER.map((h, i) => [h, record.cells[i]?.trim() ?? ""]));
  const cell: Cells = (column) => byColumn.get(column) ?? "";
  const problems: ImportProblem[] = [];
  const problem = (column: Header, message: string) => problems.push({ line, column, message });

  if (!referenceParts(cell("reference"))) problem("reference", "Enter a reference such as MI-2025-0042");
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
