import "server-only";
import { getPrisma } from "@/lib/db";
import { createAuth, type Auth } from "@/lib/auth/create-auth";
import { readEnv } from "@/lib/env";

// Created on first use, like the Prisma client, so `next build` needs neither a database nor a secret.
const holder = globalThis as unknown as { registryAuth?: Auth };

export function getAuth(): Auth {
  if (!holder.registryAuth) {
    const env = readEnv();
    if (!env.BETTER_AUTH_SECRET) {
      throw new Error("BETTER_AUTH_SECRET is not set. Start the registry with `npm start` (it provides one) or set it.");
    }
    holder.registryAuth = createAuth(getPrisma(), {
      secret: env.BETTER_AUTH_SECRET,
      baseURL: env.BETTER_AUTH_URL ?? `http://localhost:${env.PORT}`,
      secureCookies: env.NODE_ENV === "production",
    });
  }
  return holder.registryAuth;
}
