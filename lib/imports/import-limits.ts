// The largest file the import takes. An incident is under 2 kB in incidents.csv,
// so this is thousands of incidents, while one request cannot fill the server's memory.
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;

// Tiny rows fit many more than that into 10 MB; each incident kept for the write
// costs memory, so the rows are counted too, and reading stops past the limit.
export const IMPORT_MAX_ROWS = 50_000;

const SPLIT = "Split it by date range (export with from and to) and import the parts one after the other.";

export const IMPORT_TOO_LARGE = `The file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB. ${SPLIT}`;

export const IMPORT_TOO_MANY_ROWS = `The file has more than ${IMPORT_MAX_ROWS.toLocaleString("en")} incidents. ${SPLIT}`;
