// The production web server: the built app (`next build`) served by one Node.js
// process per core. A Next.js process renders on one core; with two or more the
// registry serves as many pages at once as the machine has cores. Workers share the
// port (node:cluster hands each connection to one of them); one that dies is replaced.
// Each worker keeps its own summary cache, which the database's registry revision
// keeps right (lib/data/cache/revision-cache.ts).
//
//   node scripts/production-server.mjs            PORT (3000), HOST (all interfaces; not HOSTNAME,
//                                                 which shells and containers set to the machine's name),
//                                                 WEB_CONCURRENCY (workers; default: cores, at most 4),
//                                                 PAGE_CACHE (off: render every summary page),
//                                                 TRUSTED_PROXIES (see lib/env.ts)
import cluster from "node:cluster";
import http from "node:http";
import os from "node:os";
import next from "next";
import { tsImport } from "tsx/esm/api";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST || undefined;
const requested = Number(process.env.WEB_CONCURRENCY);
const workers = Number.isInteger(requested) && requested > 0 ? requested : Math.min(os.availableParallelism(), 4);

if (cluster.isPrimary && workers > 1) {
  process.title = "registry-server";
  let stopping = false;
  const stop = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    console.error(`[server] worker ${worker.process.pid} ended (${signal ?? code}); starting another`);
    cluster.fork();
  });
  for (let i = 0; i < workers; i++) cluster.fork();
  console.log(`[server] ${workers} workers on port ${port}`);
} else {
  process.title = "registry-worker";
  const app = next({ dev: false, hostname, port });
  await app.prepare();
  // The registry's settings, read and checked where every other part reads them (lib/env.ts).
  const { readEnv } = await tsImport("../lib/env.ts", import.meta.url);
  const env = readEnv();
  // Outermost: Next.js and the page cache see the client address resolved from the connection,
  // and X-Forwarded-Host and the other proxy headers only when a trusted proxy sent them.
  const { withClientAddress } = await tsImport("../lib/http/forwarded-client-address.ts", import.meta.url);
  const handle = withClientAddress(await withPageCache(app.getRequestHandler(), env), env.TRUSTED_PROXIES);
  const server = http.createServer((request, response) => {
    handle(request, response).catch((error) => {
      console.error("[server] request failed", error);
      if (!response.headersSent) response.statusCode = 500;
      response.end();
    });
  });
  server.listen(port, hostname, () => console.log(`[server] ${workers > 1 ? `worker ${process.pid}` : "serving"} ready on port ${port}`));
  const close = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on("SIGTERM", close);
  process.on("SIGINT", close);
}

// Summary pages for readers who are not signed in, rendered once per registry
// revision (lib/http/page-cache). Loaded through tsx: the cache is TypeScript.
async function withPageCache(handle, env) {
  if (process.env.PAGE_CACHE === "off" || !env.DATABASE_URL || !env.BETTER_AUTH_SECRET) return handle;
  try {
    const { createPageCacheHandler, createStampReader } = await tsImport("../lib/http/page-cache/index.ts", import.meta.url);
    const stamp = createStampReader(env.DATABASE_URL);
    return createPageCacheHandler(handle, { readStamp: stamp.read, sessionSecret: env.BETTER_AUTH_SECRET });
  } catch (error) {
    console.error("[server] the page cache could not be loaded; every page is rendered", error);
    return handle;
  }
}
