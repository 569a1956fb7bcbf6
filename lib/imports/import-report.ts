// What an import answers, for the dry run and the real one alike: a line per
// incident of the file and every problem with the line and column it is at.

export type ImportMode = "check" | "import";

export type ImportProblem = { line: number; column: string; message: string };

export type ImportLine = { line: number; reference: string; action: "create" | "skip" };

export type ImportReport = {
  mode: ImportMode;
  /** True only when the incidents were saved (mode "import", no problem). */
  written: boolean;
  lines: ImportLine[];
  problems: ImportProblem[];
  message: string;
};

export function summariseImport(mode: ImportMode, lines: ImportLine[], problems: ImportProblem[]): string {
  const created = lines.filter((l) => l.action === "create").length;
  const skipped = lines.length - created;
  const plural = (n: number, word: string) => `${n.toLocaleString("en")} ${word}${n === 1 ? "" : "s"}`;
  if (problems.length > 0) {
    return `${plural(problems.length, "problem")} found: nothing ${mode === "import" ? "was" : "would be"} imported. Correct the file and check it again.`;
  }
  const were = mode === "check" ? "would be" : skipped === 1 ? "was" : "were";
  const skippedText = skipped > 0 ? `; ${plural(skipped, "incident")} already in the registry ${were} skipped` : "";
  return mode === "import"
    ? `${plural(created, "incident")} imported${skippedText}.`
    : `The file is valid: ${plural(created, "incident")} would be created${skippedText}.`;
}
