import Link from "next/link";
import { linkClass } from "@/components/ui/styles";

export default function IncidentNotFound() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Incident not found</h1>
      <p>No incident has this reference. Check it against your source (references look like MI-2025-0042).</p>
      <p>
        <Link href="/incidents" className={linkClass}>
          Search the incidents
        </Link>
      </p>
    </div>
  );
}
