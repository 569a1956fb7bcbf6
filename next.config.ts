import type { NextConfig } from "next";
import { ACTION_BODY_LIMIT_BYTES } from "./lib/http/body-limits";

const nextConfig: NextConfig = {
  // The database driver and the Prisma runtime stay as Node modules, not bundled.
  serverExternalPackages: ["pg", "pg-copy-streams", "@prisma/adapter-pg"],
  experimental: {
    serverActions: {
      // An incident with its sources and casualties is a few kilobytes; this
      // leaves room for long summaries without accepting arbitrary uploads.
      // proxy.ts refuses larger posts first, with a message a person can act on.
      bodySizeLimit: ACTION_BODY_LIMIT_BYTES,
    },
  },
  poweredByHeader: false,
  // On every response, static files included; the Content-Security-Policy, which
  // needs a fresh nonce per page, is set by proxy.ts.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
