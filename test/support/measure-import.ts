// Runs one import of a file in a process of its own and prints, as JSON, the report's
// message and first problems and how far the process's memory rose during the call:
// its peak resident set size after the call over its resident size before it, an
// upper bound of what the import itself took.
import { readFileSync } from "node:fs";
import { getPrisma } from "@/lib/db";
import { importIncidents } from "@/lib/data/imports/import-incidents";

const [file, mode] = process.argv.slice(2);
if (!file || (mode !== "check" && mode !== "import")) throw new Error("Usage: measure-import.ts <file> <check|import>");
const text = readFileSync(file, "utf8");
const db = getPrisma();
globalThis.gc?.();
const before = process.memoryUsage().rss;
const report = await importIncidents(text, mode, { db });
const peak = process.resourceUsage().maxRSS * 1024;
console.log(JSON.stringify({ growthBytes: peak - before, report: { ...report, lines: report.lines.length } }));
process.exit(0);
