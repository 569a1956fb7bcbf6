// The database connections each server process keeps for CSV exports
// (lib/data/exports/export-pool.ts). Apart from the pool, so that lib/env.ts can hold
// EXPORTS_PER_CLIENT below it without loading the database driver.
export const EXPORT_CONNECTIONS = 4;
