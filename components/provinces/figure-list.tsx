import Link from "next/link";

export type Figure = { label: string; value: number; href?: string };

/** Headline numbers as a description list, each optionally linking to the incidents behind it. */
export function FigureList({ figures, label }: { figures: readonly Figure[]; label: string }) {
  return (
    <dl aria-label={label} className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-6">
      {figures.map((f) => (
        <div key={f.label} className="rounded-md border border-slate-300 bg-white p-4">
          <dt className="text-sm text-slate-700">{f.label}</dt>
          <dd className="text-3xl font-bold tabular-nums">
            {f.href ? (
              <Link href={f.href} className="text-blue-800 underline underline-offset-2">
                {f.value.toLocaleString("en")}
              </Link>
            ) : (
              f.value.toLocaleString("en")
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
