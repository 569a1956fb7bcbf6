import { ArchiveForm } from "@/components/records/archive-form";
import type { FormState } from "@/lib/actions/form-state";

type State = FormState<Record<string, never>>;

type Props = {
  /** "incident" or "protest": the button reads "Archive incident", "Restore protest". */
  noun: string;
  archived: boolean;
  /** The archive or restore action, bound to the record. */
  action: (state: State) => Promise<State>;
  /** What archiving, then restoring, does to this kind of record. */
  explanations: { archive: string; restore: string };
};

/** The archive / restore box of a record's page (editors only; the action checks again). */
export function ArchiveSection({ noun, archived, action, explanations }: Props) {
  return (
    <section aria-labelledby="archive" className="space-y-3 rounded-md border border-slate-300 bg-white p-4">
      <h2 id="archive" className="text-lg font-semibold">
        {archived ? "Restore" : "Archive"}
      </h2>
      <ArchiveForm
        action={action}
        label={`${archived ? "Restore" : "Archive"} ${noun}`}
        explanation={archived ? explanations.restore : explanations.archive}
      />
    </section>
  );
}
