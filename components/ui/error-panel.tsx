"use client";

import { useEffect } from "react";
import { buttonClass } from "@/components/ui/styles";

/** Shown by error.tsx files: never the raw error, always a way to retry. */
export function ErrorPanel({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="space-y-4 rounded-md border border-red-700 bg-red-50 p-6">
      <h1 className="text-xl font-bold text-red-900">This page could not be loaded</h1>
      <p>
        The registry could not read its data just now. Nothing you saved before is lost. Try again in a moment; if it
        keeps failing, tell the registry&apos;s administrator.
      </p>
      <button type="button" className={buttonClass} onClick={() => retry()}>
        Try again
      </button>
    </div>
  );
}
