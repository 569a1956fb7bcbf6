export default function Loading() {
  return (
    <p role="status" aria-live="polite" className="animate-pulse text-slate-600">
      Loading provinces…
    </p>
  );
}
