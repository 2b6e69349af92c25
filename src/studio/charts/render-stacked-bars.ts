// Counts per day as stacked bars (posts by outcome, drafts as is or edited, missed deadlines by
// priority): one bar per day, one colour per series, the height of the day's total.
import { html, type SafeHtml } from '../html.ts';
import { chartId, colourOf, figure, legendOf, numbersOf, shortDay, type ChartSeries } from './chart-frame.ts';

export interface StackedBarsChart {
  caption: string;
  /** One sentence with the figures that matter (a screen reader reads it first). */
  summary: string;
  days: string[];
  series: ChartSeries<number>[];
}

// Narrow enough that labels stay legible when the chart shrinks to a 360 px screen.
const WIDTH = 360;
const HEIGHT = 190;
const MARGIN = { top: 10, right: 6, bottom: 24, left: 38 };

export function renderStackedBars(chart: StackedBarsChart): SafeHtml {
  const id = chartId();
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const totals = chart.days.map((_, day) => chart.series.reduce((sum, item) => sum + (item.values[day] ?? 0), 0));
  const max = niceMax(Math.max(1, ...totals));
  const slot = plotWidth / Math.max(1, chart.days.length);
  const barWidth = Math.max(2, slot * 0.7);
  const y = (value: number) => MARGIN.top + plotHeight - (value / max) * plotHeight;
  const bars = chart.days.map((day, index) => {
    let base = 0;
    const x = MARGIN.left + index * slot + (slot - barWidth) / 2;
    return chart.series.map((item, seriesIndex) => {
      const value = item.values[index] ?? 0;
      if (value === 0) return '';
      const top = y(base + value);
      const height = y(base) - top;
      base += value;
      return html`<rect x="${x.toFixed(1)}" y="${top.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${height.toFixed(1)}" fill="${colourOf(seriesIndex)}"><title>${shortDay(day)} · ${item.name}: ${value}</title></rect>`;
    });
  });
  const svg = html`<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${id}" focusable="false">
${gridLines(max, y, (value) => String(value))}
${bars}
${dayLabels(chart.days, slot)}
</svg>`;
  return figure(id, chart.caption, chart.summary, svg, [legendOf(chart.series.map((item) => item.name)), numbersOf(chart.days.map(shortDay), chart.series, String)]);
}

/** A round axis maximum at or above `value`: 1, 2, 5, 10, 20, 50… */
export function niceMax(value: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * magnitude >= value) return step * magnitude;
  return 10 * magnitude;
}

export function gridLines(max: number, y: (value: number) => number, format: (value: number) => string): SafeHtml {
  return html`${[0, max / 2, max].map(
    (value) => html`<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(value).toFixed(1)}" y2="${y(value).toFixed(1)}" stroke="#c9d1d9" stroke-width="1"/><text x="${MARGIN.left - 6}" y="${(y(value) + 4).toFixed(1)}" text-anchor="end" font-size="11" fill="#4a4a4a">${format(value)}</text>`,
  )}`;
}

/** Day labels under the axis: as many as fit, the last one always (the one before it makes room). */
export function dayLabels(days: readonly string[], slot: number): SafeHtml {
  const every = Math.max(1, Math.ceil(40 / slot));
  const last = days.length - 1;
  return html`${days.map((day, index) =>
    index === last || (index % every === 0 && last - index >= every)
      ? html`<text x="${(MARGIN.left + index * slot + slot / 2).toFixed(1)}" y="${HEIGHT - 8}" text-anchor="middle" font-size="10" fill="#4a4a4a">${shortDay(day)}</text>`
      : '',
  )}`;
}

export const CHART_SIZE = { WIDTH, HEIGHT, MARGIN };
