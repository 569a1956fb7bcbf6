// Runs a command-line task, printing an expected failure as one clear line
// (no stack trace) and setting a failing exit code.
export async function runScript(name: string, task: (log: (line: string) => void) => Promise<void>): Promise<void> {
  const log = (line: string) => console.log(`[${name}] ${line}`);
  try {
    await task(log);
  } catch (error) {
    console.error(`[${name}] ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
