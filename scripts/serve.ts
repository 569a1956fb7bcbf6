// `npm start` (production build) and `npm run dev` (hot reload).
import { parseArgs } from "node:util";
import { runRegistry } from "./run-registry";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { seed: { type: "boolean", default: false } },
});

await runRegistry({ mode: positionals[0] === "dev" ? "dev" : "start", seed: values.seed });
