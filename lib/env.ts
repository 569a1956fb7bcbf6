import { z } from "zod";
import { EXPORT_CONNECTIONS } from "@/lib/data/exports/export-connections";
import { findCountry } from "@/lib/geo/gazetteer";

// The one place that reads process.env. Scripts and the server both use it.

const PROXY_ADDRESS = z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()]);
const TRUSTED_PROXIES_FORMAT =
  "TRUSTED_PROXIES must be a number of proxies (e.g. 1) or their addresses and ranges, comma-separated (e.g. 10.0.0.5, 10.1.0.0/16, ::1)";

const schema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined)
    .pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgresql://")
        .optional(),
    ),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  REGISTRY_DATA_DIR: z.string().trim().min(1).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Signs session cookies. `npm start` creates one in the data folder when it is not set. */
  BETTER_AUTH_SECRET: z.string().trim().min(32, "BETTER_AUTH_SECRET must be at least 32 characters").optional(),
  /** The registry's public address (e.g. https://registry.example.org), when it runs behind a proxy. */
  BETTER_AUTH_URL: z.url().optional(),
  /** When on, pages and exports can be read without signing in; every write still needs an account. */
  PUBLIC_READ: z
    .enum(["1", "0", "true", "false", "on", "off", ""])
    .default("0")
    .transform((v) => v === "1" || v === "true" || v === "on"),
  /**
   * The proxies in front of the registry, whose X-Forwarded-For says who the client is
   * (lib/http/forwarded-client-address.ts): none (the connection's address counts),
   * a number of hops, or their addresses and CIDR ranges.
   */
  TRUSTED_PROXIES: z
    .string()
    .trim()
    .default("")
    .transform((value, ctx): { hops: number } | { addresses: string[] } => {
      if (value === "") return { hops: 0 };
      if (/^\d{1,2}$/.test(value)) return { hops: Number(value) };
      const addresses = value.split(",").map((a) => a.trim());
      if (addresses.every((a) => PROXY_ADDRESS.safeParse(a).success)) return { addresses };
      ctx.addIssue({ code: "custom", message: TRUSTED_PROXIES_FORMAT });
      return z.NEVER;
    }),
  /** A CSV download whose client takes less than 64 KiB in this long is ended, and its database connection freed. */
  EXPORT_STALL_SECONDS: z.coerce.number().positive().default(60),
  /** The longest any CSV download may take (1,000,000 incidents take about 30 seconds). */
  EXPORT_MAX_SECONDS: z.coerce.number().positive().default(900),
  /**
   * CSV downloads one client (account, or address when not signed in) may run at once,
   * per server process: fewer than its export connections, so one client never holds them all.
   */
  EXPORTS_PER_CLIENT: z.coerce
    .number()
    .int()
    .min(1)
    .max(EXPORT_CONNECTIONS - 1, `EXPORTS_PER_CLIENT must be less than ${EXPORT_CONNECTIONS}, the export connections of a server process`)
    .default(2),
  /**
   * The countries the incident form offers first, in this order (ISO 3166-1 alpha-2,
   * comma-separated); every other country of the gazetteer follows by name.
   */
  GAZETTEER_COUNTRIES_FIRST: z
    .string()
    .default("TH,KH")
    .transform((value, ctx): string[] => {
      const codes = value.split(",").map((c) => c.trim().toUpperCase()).filter(Boolean);
      const unknown = codes.filter((c) => !findCountry(c));
      if (unknown.length === 0) return [...new Set(codes)];
      ctx.addIssue({
        code: "custom",
        message: `GAZETTEER_COUNTRIES_FIRST must be ISO 3166-1 alpha-2 codes of countries with provinces, comma-separated (e.g. TH,KH); not known: ${unknown.join(", ")}`,
      });
      return z.NEVER;
    }),
});

export type Env = z.infer<typeof schema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join("\n  ")}`);
  }
  return parsed.data;
}

/** The URL the web server talks to; the launcher always provides one. */
export function requireDatabaseUrl(): string {
  const { DATABASE_URL } = readEnv();
  if (!DATABASE_URL) {
    throw new Error(
      "DATABASE_URL is not set. Start the registry with `npm start` (it starts the embedded database) or set DATABASE_URL.",
    );
  }
  return DATABASE_URL;
}
