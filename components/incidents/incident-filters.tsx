import Link from "next/link";
import { findProvince, provinceCountries } from "@/lib/geo/gazetteer";
import { readEnv } from "@/lib/env";
import { CountryOptions, ProvinceGroups } from "@/components/geo/gazetteer-options";
import { DEVICE_TYPE_LABELS, EMPLACEMENT_LABELS, INCIDENT_PROTEST_STATUS_LABELS, VERIFICATION_LABELS, optionsOf } from "@/lib/labels";
import { FilterCheckbox, FilterDate, FilterSelect } from "@/components/ui/filter-select";
import { buttonClass, inputClass, linkClass } from "@/components/ui/styles";

type Values = Record<string, string | undefined>;

/** The filter form: a plain GET form, so the URL holds the view and can be shared. */
export function IncidentFilters({ values }: { values: Values }) {
  const first = readEnv().GAZETTEER_COUNTRIES_FIRST;
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
        <FilterSelect name="country" label="Country" value={values.country} all="All countries">
          <CountryOptions first={first} />
        </FilterSelect>
        <FilterSelect name="province" label="Province" value={values.province} all="All provinces">
          <ProvinceGroups countries={provinceCountries(first, [values.country, findProvince(values.province ?? "")?.countryCode])} />
        </FilterSelect>
        <FilterDate name="from" label="From" value={values.from} />
        <FilterDate name="to" label="To" value={values.to} />
        <FilterSelect name="device_type" label="Device type" value={values.device_type} all="All device types" options={optionsOf(DEVICE_TYPE_LABELS)} />
        <FilterSelect name="emplacement" label="Emplacement" value={values.emplacement} all="Any emplacement" options={optionsOf(EMPLACEMENT_LABELS)} />
        <FilterSelect name="verification" label="Verification" value={values.verification} all="Any verification" options={optionsOf(VERIFICATION_LABELS)} />
        <FilterSelect
          name="protest_status"
          label="Protest status"
          value={values.protest_status}
          all="Any protest status"
          options={optionsOf(INCIDENT_PROTEST_STATUS_LABELS)}
        />
        <FilterCheckbox name="overdue" label="Response overdue" checked={values.overdue === "1"} />
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
