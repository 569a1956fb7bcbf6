import Link from "next/link";
import type { ProtestStatus } from "@/generated/prisma/enums";
import { PROTEST_STATUS_LABELS } from "@/lib/labels";
import type { ProtestSummary } from "@/lib/data/protests/protest-dto";

type Entry = {
  changedOn: string;
  fromStatus: ProtestStatus | null;
  toStatus: ProtestStatus;
  note: string | null;
  protest?: ProtestSummary;
};

function describe(entry: Entry): string {
  if (entry.fromStatus === null) return `Recorded as ${PROTEST_STATUS_LABELS[entry.toStatus].toLowerCase()}`;
  return `${PROTEST_STATUS_LABELS[entry.fromStatus]} → ${PROTEST_STATUS_LABELS[entry.toStatus]}`;
}

/** A dated list of status changes; on an incident page each names its protest. */
export function ProtestTimeline({ entries }: { entries: Entry[] }) {
  return (
    <ol className="relative space-y-4 border-l-2 border-slate-300 pl-5">
      {entries.map((entry, i) => (
        <li key={i}>
          <p className="text-sm font-semibold text-slate-700">
            <time dateTime={entry.changedOn}>{entry.changedOn}</time>
          </p>
          <p>
            {entry.protest ? (
              <>
                <Link href={`/protests/${entry.protest.reference}`} className="font-medium text-blue-800 underline underline-offset-2">
                  {entry.protest.reference}
                </Link>{" "}
                {entry.protest.archived ? <span className="text-sm text-slate-600">(archived) </span> : null}
                {entry.protest.title}:{" "}
              </>
            ) : null}
            {describe(entry)}
          </p>
          {entry.note ? <p className="whitespace-pre-line text-slate-700">{entry.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
