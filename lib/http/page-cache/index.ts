// What scripts/production-server.mjs loads: the page cache in front of Next.js.
export { createPageCacheHandler } from "./page-cache-handler";
export { createStampReader } from "./stamp-reader";
