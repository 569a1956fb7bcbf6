export type Choice = { value: string; label: string };

/** The <option>s of a select, after an optional empty "choose…" option. */
export function Options({ items, placeholder }: { items: readonly Choice[]; placeholder?: string }) {
  return (
    <>
      {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
      {items.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </>
  );
}
