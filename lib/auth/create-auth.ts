import { betterAuth, type BetterAuthPlugin } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import type { PrismaClient } from "@/generated/prisma/client";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";
import { claimSignInAttempt, clearSignInFailures } from "@/lib/data/sign-in-locks/sign-in-attempts";

// The one better-auth configuration, used by the web server (lib/auth/auth.ts) and by
// the scripts that create accounts (they pass their own Prisma client).

export const SIGN_IN_PATH = "/sign-in/email";
/** Sign-in attempts allowed per client address in each window. */
export const SIGN_IN_LIMIT = { window: 60, max: 5 } as const;

type AuthSettings = { secret?: string; baseURL: string; secureCookies: boolean };

export function createAuth(db: PrismaClient, settings: AuthSettings) {
  return betterAuth({
    appName: "Landmine Incident Registry",
    baseURL: settings.baseURL,
    secret: settings.secret,
    database: prismaAdapter(db, { provider: "postgresql", transaction: true }),
    // Accounts are made by administrators (admin page, `npm run user:create`), never by sign-up.
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: MIN_PASSWORD_LENGTH, maxPasswordLength: MAX_PASSWORD_LENGTH },
    user: {
      additionalFields: {
        // Not settable through any auth endpoint: only an administrator changes it.
        role: { type: "string", required: true, defaultValue: "viewer", input: false },
      },
    },
    verification: { modelName: "authVerification" },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    // Counted in PostgreSQL so every server process sees the same attempts.
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: { [SIGN_IN_PATH]: SIGN_IN_LIMIT },
    },
    advanced: {
      useSecureCookies: settings.secureCookies,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure: settings.secureCookies },
    },
    telemetry: { enabled: false },
    plugins: [accountLock(db), nextCookies()],
  });
}

/**
 * The per-account lock (lib/auth/account-lock.ts) as hooks on sign-in. better-auth
 * applies its per-address limit before any hook, so an attempt that limit refuses is
 * never counted against the account: one address cannot lock anyone out. A locked
 * account is answered 423 with `retryAfterSeconds`, its password unchecked.
 */
function accountLock(db: PrismaClient) {
  const isSignIn = (ctx: { path?: string }) => ctx.path === SIGN_IN_PATH;
  return {
    id: "account-lock",
    hooks: {
      before: [
        {
          matcher: isSignIn,
          handler: createAuthMiddleware(async (ctx) => {
            const claim = await claimSignInAttempt(String(ctx.body?.email ?? ""), { db });
            if (!claim.allowed) {
              throw new APIError("LOCKED", { message: "Too many wrong passwords for this account.", retryAfterSeconds: claim.retryAfterSeconds });
            }
          }),
        },
      ],
      after: [
        {
          matcher: isSignIn,
          handler: createAuthMiddleware(async (ctx) => {
            if (ctx.context.newSession) await clearSignInFailures(String(ctx.body?.email ?? ""), db);
          }),
        },
      ],
    },
  } satisfies BetterAuthPlugin;
}

export type Auth = ReturnType<typeof createAuth>;
