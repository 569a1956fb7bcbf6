"use client";

import { useId, useState } from "react";
import type { IncidentOption } from "@/lib/data/incidents/search-incidents";
import { inputClass, secondaryButtonClass } from "@/components/ui/styles";

type Props = {
  selected: string[];
  onChange: (references: string[]) => void;
  error?: string;
};

/** Chooses the incidents a protest covers: search by reference, province or date, then add. */
export function IncidentPicker({ selected, onChange, error }: Props) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<IncidentOption[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const search = async () => {
    setMessage("Searching…");
    try {
      const response = await fetch(`/api/incidents/search?q=${encodeURIComponent(query)}`);
      const body = (await response.json()) as { incidents?: IncidentOption[]; error?: string };
      if (!response.ok || !body.incidents) throw new Error(body.error ?? "Search failed");
      setResults(body.incidents);
      setMessage(body.incidents.length ? `${body.incidents.length} found` : "No incident matches. Try a reference, a province or a date (YYYY-MM-DD).");
    } catch (e) {
      setResults(null);
      setMessage(e instanceof Error ? e.message : "Search failed. Try again.");
    }
  };

  return (
    <fieldset className="space-y-3" aria-describedby={`${id}-error`}>
      <legend className="mb-1 text-lg font-semibold">Incidents covered</legend>
      {selected.length === 0 ? (
        <p className="text-sm text-slate-600">None yet. Search below and add each incident this step concerns.</p>
      ) : (
        <ul className="space-y-2" aria-label="Chosen incidents">
          {selected.map((reference, i) => (
            <li key={reference} className="flex flex-wrap items-center gap-3">
              <input type="hidden" name={`incidents.${i}`} value={reference} />
              <span className="font-medium">{reference}</span>
              <button type="button" className={secondaryButtonClass} onClick={() => onChange(selected.filter((r) => r !== reference))}>
                Remove {reference}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p id={`${id}-error`} className="text-sm font-medium text-red-800" aria-live="polite">
        {error}
      </p>
      <div className="flex flex-wrap items-end gap-3">
        <div className="grow">
          <label htmlFor={`${id}-search`} className="mb-1 block font-medium">
            Find incidents
          </label>
          <input
            id={`${id}-search`}
            type="search"
            className={inputClass}
            placeholder="MI-2025-0007, Si Sa Ket, TH-33 or 2025-08-09"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                void search();
              }
            }}
          />
        </div>
        <button type="button" className={secondaryButtonClass} onClick={() => void search()}>
          Search incidents
        </button>
      </div>
      <p role="status" className="text-sm text-slate-700">
        {message}
      </p>
      {results && results.length > 0 ? (
        <ul className="divide-y divide-slate-200 rounded-md border border-slate-300 bg-white" aria-label="Search results">
          {results.map((incident) => {
            const chosen = selected.includes(incident.reference);
            return (
              <li key={incident.reference} className="flex flex-wrap items-center justify-between gap-3 px-3 py-2">
                <span>
                  <span className="font-medium">{incident.reference}</span> · {incident.occurredOn} · {incident.provinceName} (
                  {incident.provinceCode}){incident.locality ? ` · ${incident.locality}` : ""}
                </span>
                <button
                  type="button"
                  className={secondaryButtonClass}
                  disabled={chosen}
                  onClick={() => onChange([...selected, incident.reference])}
                >
                  {chosen ? `${incident.reference} added` : `Add ${incident.reference}`}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </fieldset>
  );
}
