import Link from "next/link";
import { GAZETTEER } from "@/lib/geo/gazetteer";
import { DEVICE_TYPE_LABELS, EMPLACEMENT_LABELS, VERIFICATION_LABELS, optionsOf } from "@/lib/labels";
import { buttonClass, inputClass, linkClass } from "@/components/ui/styles";

type Values = Record<string, string | undefined>;

/** The filter form: a plain GET form, so the URL holds the view and can be shared. */
export function IncidentFilters({ values }: { values: Values }) {
  const select = (name: string, label: string, options: { value: string; label: string }[], all: string) => (
    <div>
      <label htmlFor={`filter-${name}`} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={values[name] ?? ""} className={inputClass}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form method="get" action="/incidents" role="search" aria-label="Filter incidents" className="rounded-md border border-slate-300 bg-white p-4">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <div className="sm:col-span-2">
          <label htmlFor="filter-q" className="mb-1 block text-sm font-medium">
            Search
          </label>
          <input
            id="filter-q"
            name="q"
            type="search"
            defaultValue={values.q ?? ""}
            placeholder="Reference, place, summary, device model"
            className={inputClass}
          />
        </div>
        {select("country", "Country", GAZETTEER.map((c) => ({ value: c.code, label: c.name })), "All countries")}
        <div>
          <label htmlFor="filter-province" className="mb-1 block text-sm font-medium">
            Province
          </label>
          <select id="filter-province" name="province" defaultValue={values.province ?? ""} className={inputClass}>
            <option value="">All provinces</option>
            {GAZETTEER.map((c) => (
              <optgroup key={c.code} label={c.name}>
                {c.provinces.map((p) => (
                  <option key={p.code} value={p.code}>
                    {p.name} ({p.code})
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-from" className="mb-1 block text-sm font-medium">
            From
          </label>
          <input id="filter-from" name="from" type="date" defaultValue={values.from ?? ""} className={inputClass} />
        </div>
        <div>
          <label htmlFor="filter-to" className="mb-1 block text-sm font-medium">
            To
          </label>
          <input id="filter-to" name="to" type="date" defaultValue={values.to ?? ""} className={inputClass} />
        </div>
        {select("device_type", "Device type", optionsOf(DEVICE_TYPE_LABELS), "All device types")}
        {select("emplacement", "Emplacement", optionsOf(EMPLACEMENT_LABELS), "Any emplacement")}
        {select("verification", "Verification", optionsOf(VERIFICATION_LABELS), "Any verification")}
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClass}>
          Apply filters
        </button>
        <Link href="/incidents" className={linkClass}>
          Clear filters
        </Link>
      </div>
    </form>
  );
}
