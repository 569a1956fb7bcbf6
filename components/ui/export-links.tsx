import { secondaryButtonClass, linkClass } from "@/components/ui/styles";

type Props = {
  /** The query string of the view, so the file holds exactly what the page lists (every page of it). */
  query: string;
  primary: { path: string; label?: string };
  more?: { path: string; label: string }[];
};

// Plain anchors, not next/link: these are file downloads from route handlers,
// which client-side navigation and prefetching must not touch.
export function ExportLinks({ query, primary, more = [] }: Props) {
  const href = (path: string) => (query ? `${path}?${query}` : path);
  return (
    <p className="flex flex-wrap items-center gap-3">
      <a href={href(primary.path)} className={secondaryButtonClass} download>
        {primary.label ?? "Export CSV"}
      </a>
      {more.map((m) => (
        <a key={m.path} href={href(m.path)} className={linkClass} download>
          {m.label}
        </a>
      ))}
    </p>
  );
}
