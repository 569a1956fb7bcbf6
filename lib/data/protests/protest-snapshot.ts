import type { Prisma } from "@/generated/prisma/client";
import type { Snapshot } from "@/lib/audit/changed-fields";
import { protestColumns } from "@/lib/data/protests/protest-write";
import type { ProtestInput } from "@/lib/validations/protest";
import { formatDateOnly } from "@/lib/validations/dates";

// A protest as its history records it: its details, status and the incidents it covers.

type ProtestState = ReturnType<typeof protestColumns> & { incidents: string[] };

const date = (d: Date | null) => (d ? formatDateOnly(d) : null);

export const PROTEST_SNAPSHOT_INCLUDE = {
  incidents: { select: { incident: { select: { reference: true } } } },
} satisfies Prisma.ProtestInclude;

export function protestDetailsSnapshot(state: ProtestState): Snapshot {
  return {
    kind: state.kind,
    fromState: state.fromState,
    recipient: state.recipient,
    sentOn: date(state.sentOn),
    documentReference: state.documentReference,
    responseDueOn: date(state.responseDueOn),
    notes: state.notes,
    incidents: [...state.incidents].sort(),
  };
}

export function protestInputSnapshot(input: ProtestInput): Snapshot {
  return protestDetailsSnapshot({ ...protestColumns(input), incidents: input.incidents });
}

type ProtestRow = Prisma.ProtestGetPayload<{ include: typeof PROTEST_SNAPSHOT_INCLUDE }>;

export function protestSnapshot(row: ProtestRow): Snapshot {
  return {
    ...protestDetailsSnapshot({ ...row, incidents: row.incidents.map((i) => i.incident.reference) }),
    status: row.status,
    responseReceivedOn: date(row.responseReceivedOn),
    responseSummary: row.responseSummary,
  };
}
