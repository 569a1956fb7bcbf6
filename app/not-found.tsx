import Link from "next/link";
import { linkClass } from "@/components/ui/styles";

export default function NotFound() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p>There is nothing at this address. It may have been mistyped.</p>
      <p>
        <Link href="/incidents" className={linkClass}>
          Browse all incidents
        </Link>
      </p>
    </div>
  );
}
