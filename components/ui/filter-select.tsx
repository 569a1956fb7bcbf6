import type { ReactNode } from "react";
import { Options } from "@/components/ui/options";
import { inputClass } from "@/components/ui/styles";

type Props = {
  name: string;
  label: string;
  value: string | undefined;
  all: string;
} & ({ options: { value: string; label: string }[]; children?: never } | { options?: never; children: ReactNode });

/** A select of a GET filter form; the empty choice means "no filter". Its options, or children of its own. */
export function FilterSelect({ name, label, value, all, options, children }: Props) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className={inputClass}>
        <Options placeholder={all} items={options ?? []} />
        {children}
      </select>
    </div>
  );
}

export function FilterDate({ name, label, value }: { name: string; label: string; value: string | undefined }) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      <input id={`filter-${name}`} name={name} type="date" defaultValue={value ?? ""} className={inputClass} />
    </div>
  );
}

export function FilterCheckbox({ name, label, checked }: { name: string; label: string; checked: boolean }) {
  return (
    <div className="flex items-end pb-2">
      <label className="inline-flex items-center gap-2 font-medium">
        <input type="checkbox" name={name} value="1" defaultChecked={checked} className="h-5 w-5 accent-blue-800" />
        {label}
      </label>
    </div>
  );
}
