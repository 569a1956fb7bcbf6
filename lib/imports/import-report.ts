// What an import answers, for the dry run and the real one alike: a line per
// incident of the file, the first problems with the line and column each is at,
// and how many problems there are in all.

export type ImportMode = "check" | "import";

export type ImportProblem = { line: number; column: string; message: string };

export type ImportLine = { line: number; reference: string; action: "create" | "skip" };

export type ImportReport = {
  mode: ImportMode;
  /** True only when the incidents were saved (mode "import", no problem). */
  written: boolean;
  lines: ImportLine[];
  /** The first MAX_LISTED_PROBLEMS problems. */
  problems: ImportProblem[];
  problemCount: number;
  message: string;
};

// A file of 10 MB can have millions of problems; nobody reads past the first
// thousand, and listing them all would take the server's memory.
export const MAX_LISTED_PROBLEMS = 1_000;

/** The problems of a file as they are found: the first MAX_LISTED_PROBLEMS kept, all counted. */
export class ProblemList {
  readonly listed: ImportProblem[] = [];
  count = 0;

  add(...problems: ImportProblem[]): void {
    for (const problem of problems) {
      this.count += 1;
      if (this.listed.length < MAX_LISTED_PROBLEMS) this.listed.push(problem);
    }
  }
}

export function summariseImport(mode: ImportMode, lines: ImportLine[], problems: ProblemList): string {
  const created = lines.filter((l) => l.action === "create").length;
  const skipped = lines.length - created;
  const plural = (n: number, word: string) => `${n.toLocaleString("en")} ${word}${n === 1 ? "" : "s"}`;
  if (problems.count > 0) {
    const listed = problems.count > problems.listed.length ? ` (the first ${problems.listed.length.toLocaleString("en")} are listed)` : "";
    return `${plural(problems.count, "problem")} found${listed}: nothing ${mode === "import" ? "was" : "would be"} imported. Correct the file and check it again.`;
  }
  const were = mode === "check" ? "would be" : skipped === 1 ? "was" : "were";
  const skippedText = skipped > 0 ? `; ${plural(skipped, "incident")} already in the registry ${were} skipped` : "";
  return mode === "import"
    ? `${plural(created, "incident")} imported${skippedText}.`
    : `The file is valid: ${plural(created, "incident")} would be created${skippedText}.`;
}
