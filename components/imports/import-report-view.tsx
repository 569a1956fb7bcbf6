import type { ImportLine, ImportReport } from "@/lib/imports/import-report";

const CELL = "px-3 py-2";
const HEAD = `${CELL} font-semibold`;

function actionText(line: ImportLine, report: ImportReport): string {
  if (line.action === "skip") return "Already in the registry: skipped";
  if (report.written) return "Created";
  return report.problemCount > 0 ? "Valid, not imported" : "Would be created";
}

/** The answer of a check or an import: its summary, the problems listed, then every incident of the file. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const failed = report.problemCount > 0;
  return (
    <div className="space-y-4">
      <p
        role={failed ? "alert" : "status"}
        className={failed ? "rounded-md border border-red-700 bg-red-50 p-4 text-red-900" : "rounded-md border border-green-700 bg-green-50 p-4 text-green-900"}
      >
        {report.message}
      </p>
      {failed ? (
        <div className="overflow-x-auto rounded-md border border-slate-300 bg-white">
          <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
            <caption className="px-3 py-2 text-left font-semibold">
              {report.problemCount > report.problems.length
                ? `Problems: the first ${report.problems.length.toLocaleString("en")} of ${report.problemCount.toLocaleString("en")}`
                : "Problems"}
            </caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className={HEAD}>Line</th>
                <th scope="col" className={HEAD}>Column</th>
                <th scope="col" className={HEAD}>Problem</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {report.problems.map((p, i) => (
                <tr key={i}>
                  <td className={CELL}>{p.line}</td>
                  <td className={`${CELL} font-mono`}>{p.column}</td>
                  <td className={CELL}>{p.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {report.lines.length > 0 ? (
        <div className="overflow-x-auto rounded-md border border-slate-300 bg-white">
          <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
            <caption className="px-3 py-2 text-left font-semibold">Incidents in the file</caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className={HEAD}>Line</th>
                <th scope="col" className={HEAD}>Reference</th>
                <th scope="col" className={HEAD}>Result</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {report.lines.map((line) => (
                <tr key={line.line}>
                  <td className={CELL}>{line.line}</td>
                  <td className={`${CELL} font-mono`}>{line.reference}</td>
                  <td className={CELL}>{actionText(line, report)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
