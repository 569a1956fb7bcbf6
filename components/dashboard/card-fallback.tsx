/** What a dashboard card shows while its figures are read. */
export function CardFallback({ label }: { label: string }) {
  return (
    <div role="status" aria-live="polite" className="animate-pulse rounded-md border border-slate-200 bg-white p-4 text-slate-600">
      Loading {label}…
    </div>
  );
}
