import { labelEvery, layoutBars, yOf } from "@/lib/charts/bar-scale";
import { element, escapeXml, round1 } from "@/lib/svg/markup";

export type BarDatum = { label: string; value: number };

const WIDTH = 720;
const HEIGHT = 250;
const PLOT = { left: 40, top: 16, width: WIDTH - 52, height: HEIGHT - 56 };

/** One sentence of what the chart shows, for its description and caption. */
export function describeBars(data: readonly BarDatum[]): string {
  if (data.length === 0) return "No data.";
  const total = data.reduce((n, d) => n + d.value, 0);
  const peak = data.reduce((best, d) => (d.value > best.value ? d : best), data[0]!);
  return (
    `${total} in all from ${data[0]!.label} to ${data[data.length - 1]!.label}` +
    (peak.value > 0 ? `; the most, ${peak.value}, in ${peak.label}.` : ".")
  );
}

/**
 * A vertical bar chart as SVG markup: named by its title, described by `summary`,
 * each bar titled with its label and value.
 */
export function barChartSvg({ id, title, data, summary }: { id: string; title: string; data: readonly BarDatum[]; summary: string }): string {
  const layout = layoutBars(
    data.map((d) => d.value),
    PLOT,
  );
  // Month labels are about 55 units wide at this size: more than eight would touch.
  const every = labelEvery(data.length, 8);
  const showValues = data.length <= 24;
  let body = element("title", { id: `${id}-title` }, escapeXml(title)) + element("desc", { id: `${id}-desc` }, escapeXml(summary));
  for (const tick of layout.ticks) {
    const y = yOf(layout, tick);
    body +=
      `<line x1="${PLOT.left}" x2="${PLOT.left + PLOT.width}" y1="${round1(y)}" y2="${round1(y)}" stroke="currentColor" stroke-opacity="${tick === 0 ? 0.8 : 0.15}"></line>` +
      `<text x="${PLOT.left - 6}" y="${round1(y + 4)}" text-anchor="end" font-size="12" fill="currentColor">${tick}</text>`;
  }
  layout.bars.forEach((bar, i) => {
    const datum = data[i]!;
    const middle = round1(bar.x + bar.width / 2);
    body += element(
      "rect",
      { x: round1(bar.x), y: round1(bar.y), width: round1(bar.width), height: round1(bar.height), class: "fill-blue-800" },
      element("title", {}, escapeXml(`${datum.label}: ${datum.value}`)),
    );
    if (showValues && datum.value > 0) {
      body += `<text x="${middle}" y="${round1(bar.y - 4)}" text-anchor="middle" font-size="11" fill="currentColor">${datum.value}</text>`;
    }
    if (i % every === 0) {
      body += element(
        "text",
        { x: middle, y: PLOT.top + PLOT.height + 18, "text-anchor": "middle", "font-size": 11, fill: "currentColor" },
        escapeXml(datum.label),
      );
    }
  });
  return element(
    "svg",
    {
      role: "img",
      "aria-labelledby": `${id}-title`,
      "aria-describedby": `${id}-desc`,
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
      class: "h-auto w-full max-w-3xl text-slate-700",
    },
    body,
  );
}
