import type { ProtestKind, ProtestStatus } from "@/generated/prisma/enums";
import { isOverdue } from "@/lib/protests/due-date";
import { recipientLabel } from "@/lib/protests/recipients";
import { protestStepTitle } from "@/lib/protests/step-title";
import { formatDateOnly } from "@/lib/validations/dates";

// The fields of a protest every page shows, with dates as YYYY-MM-DD and the
// derived facts (overdue, who "the President" was) worked out once.

export const PROTEST_SUMMARY_SELECT = {
  reference: true,
  kind: true,
  fromState: true,
  recipient: true,
  sentOn: true,
  documentReference: true,
  responseDueOn: true,
  responseReceivedOn: true,
  status: true,
  archivedAt: true,
} as const;

type Row = {
  reference: string;
  kind: ProtestKind;
  fromState: string;
  recipient: string;
  sentOn: Date | null;
  documentReference: string | null;
  responseDueOn: Date | null;
  responseReceivedOn: Date | null;
  status: ProtestStatus;
  archivedAt: Date | null;
};

export type ProtestSummary = {
  reference: string;
  kind: ProtestKind;
  fromState: string;
  recipient: string;
  recipientLabel: string;
  /** The step in one line, e.g. "Protest to Cambodia". */
  title: string;
  sentOn: string | null;
  documentReference: string | null;
  responseDueOn: string | null;
  responseReceivedOn: string | null;
  status: ProtestStatus;
  overdue: boolean;
  archived: boolean;
};

const day = (d: Date | null) => (d ? formatDateOnly(d) : null);

export function toProtestSummary(row: Row, today?: string): ProtestSummary {
  const summary = {
    reference: row.reference,
    kind: row.kind,
    fromState: row.fromState,
    recipient: row.recipient,
    recipientLabel: recipientLabel(row.recipient, day(row.sentOn)),
    title: protestStepTitle(row.kind, row.recipient, day(row.sentOn)),
    sentOn: day(row.sentOn),
    documentReference: row.documentReference,
    responseDueOn: day(row.responseDueOn),
    responseReceivedOn: day(row.responseReceivedOn),
    status: row.status,
  };
  return { ...summary, overdue: isOverdue(summary, today), archived: row.archivedAt !== null };
}
