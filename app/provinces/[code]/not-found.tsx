import Link from "next/link";
import { linkClass } from "@/components/ui/styles";

export default function ProvinceNotFound() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Province not found</h1>
      <p>
        No province has this code. Province codes are ISO 3166-2 subdivisions, such as TH-33 (Si Sa Ket) or KH-22
        (Oddar Meanchey).
      </p>
      <p>
        <Link href="/provinces" className={linkClass}>
          All provinces with incidents
        </Link>
      </p>
    </div>
  );
}
