import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The database driver and the Prisma runtime stay as Node modules, not bundled.
  serverExternalPackages: ["pg", "pg-copy-streams", "@prisma/adapter-pg"],
  experimental: {
    serverActions: {
      // An incident with its sources and casualties is a few kilobytes; this
      // leaves room for long summaries without accepting arbitrary uploads.
      bodySizeLimit: "1mb",
    },
  },
  poweredByHeader: false,
};

export default nextConfig;
