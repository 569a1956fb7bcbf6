// SVG written as text. The maps and charts are hundreds of elements whose markup
// depends only on their data; as one string they cost the page one element instead
// of hundreds, in the HTML and in the React payload alike. Everything that comes from
// data passes through escapeXml().

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text or an attribute value made safe to place inside SVG/HTML markup. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

type AttributeValue = string | number | undefined;

/** ` name="value"` pairs, escaped; undefined values are left out. */
export function attributes(attrs: Record<string, AttributeValue>): string {
  let out = "";
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== undefined) out += ` ${name}="${escapeXml(String(value))}"`;
  }
  return out;
}

/** One element; `children` is markup already (use escapeXml for text). */
export function element(name: string, attrs: Record<string, AttributeValue>, children = ""): string {
  return `<${name}${attributes(attrs)}>${children}</${name}>`;
}

/** A coordinate rounded to a tenth of a unit: all the eye can see, and half the bytes. */
export function round1(n: number): string {
  return (Math.round(n * 10) / 10).toString();
}
