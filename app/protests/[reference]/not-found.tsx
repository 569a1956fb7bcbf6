import Link from "next/link";
import { linkClass } from "@/components/ui/styles";

export default function ProtestNotFound() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Protest not found</h1>
      <p>No protest has this reference. Protest references look like PR-2025-0003.</p>
      <p>
        <Link href="/protests" className={linkClass}>
          All protests
        </Link>
      </p>
    </div>
  );
}
