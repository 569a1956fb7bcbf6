import { defineConfig } from "prisma/config";

// The CLI only needs a URL for `migrate`/`studio`; `generate` ignores it, so an
// unset DATABASE_URL (embedded database) must not make the config fail to load.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx scripts/db-seed.ts",
  },
  datasource: {
    url: process.env.DATABASE_URL ?? "postgresql://localhost/unset",
  },
});
