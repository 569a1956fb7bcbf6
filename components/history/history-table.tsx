import type { AuditAction } from "@/generated/prisma/enums";
import type { HistoryEntry } from "@/lib/data/audit/list-history";

const ACTION_LABELS: Record<AuditAction, string> = {
  create: "Recorded",
  update: "Edited",
  archive: "Archived",
  restore: "Restored",
  status_change: "Status changed",
  import: "Imported",
  role_change: "Role changed",
  sign_in_unlock: "Sign-in lock lifted",
};

const when = (iso: string) => `${iso.slice(0, 16).replace("T", " ")} UTC`;

/** Who changed what and when: one row per save, each changed field with its value before and after. */
export function HistoryTable({ entries, caption }: { entries: HistoryEntry[]; caption: string }) {
  if (entries.length === 0) return <p className="text-slate-700">No changes recorded yet.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2 pr-4">When</th>
            <th scope="col" className="py-2 pr-4">Who</th>
            <th scope="col" className="py-2 pr-4">What</th>
            <th scope="col" className="py-2">Changes</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} className="border-b border-slate-200 align-top">
              <td className="whitespace-nowrap py-2 pr-4">{when(e.occurredAt)}</td>
              <td className="py-2 pr-4">{e.actorName ?? "The registry (demo data)"}</td>
              <td className="py-2 pr-4">{ACTION_LABELS[e.action]}</td>
              <td className="py-2">
                {e.action === "create" || e.action === "import" ? (
                  <span className="text-slate-700">{e.changes.length} fields recorded</span>
                ) : (
                  <ul className="space-y-1">
                    {e.changes.map((c) => (
                      <li key={c.field}>
                        <span className="font-medium">{c.field}:</span> from {c.before ?? "(empty)"} to {c.after}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
