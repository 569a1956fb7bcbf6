type Props = { createdAt: string; createdByName: string | null; updatedAt: string; updatedByName: string | null; archivedAt: string | null };

const when = (iso: string) => `${iso.slice(0, 16).replace("T", " ")} UTC`;
const who = (name: string | null) => name ?? "the registry (demo data)";

/** Who recorded a record and who last changed it. */
export function Attribution({ createdAt, createdByName, updatedAt, updatedByName, archivedAt }: Props) {
  return (
    <p className="text-sm text-slate-600">
      Recorded {when(createdAt)} by {who(createdByName)} · last changed {when(updatedAt)} by {who(updatedByName)}
      {archivedAt ? ` · archived ${archivedAt.slice(0, 10)}` : ""}
    </p>
  );
}
