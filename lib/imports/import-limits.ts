// The largest file the import takes. An incident is under 2 kB in incidents.csv,
// so this is thousands of incidents, while one request cannot fill the server's memory.
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;

export const IMPORT_TOO_LARGE = `The file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB. Split it by date range (export with from and to) and import the parts one after the other.`;
