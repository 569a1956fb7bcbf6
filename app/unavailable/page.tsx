import type { Metadata } from "next";
import { UNAVAILABLE_MESSAGE, UNAVAILABLE_TITLE } from "@/lib/http/unavailable";

// Shown by proxy.ts, with status 503, in place of any page while the database is
// unreachable. It reads no data, so it renders whatever the database's state.

export const metadata: Metadata = { title: UNAVAILABLE_TITLE, robots: { index: false } };

export default function UnavailablePage() {
  return (
    <div role="alert" className="space-y-4 rounded-md border border-amber-700 bg-amber-50 p-6">
      <h1 className="text-xl font-bold text-amber-900">{UNAVAILABLE_TITLE}</h1>
      <p>{UNAVAILABLE_MESSAGE}</p>
      <p>
        <a href="" className="font-medium underline">
          Reload this page
        </a>
      </p>
    </div>
  );
}
