// Times per day as lines (response times of the bot and of agents, per channel and priority),
// on a log scale: seconds and hours in one picture. A day without data leaves a gap.
import { html, type SafeHtml } from '../html.ts';
import { formatSeconds } from '../format-seconds.ts';
import { chartId, colourOf, figure, legendOf, numbersOf, type ChartSeries } from './chart-frame.ts';
import { CHART_SIZE, dayLabels } from './render-stacked-bars.ts';

export interface LinesChart {
  caption: string;
  summary: string;
  days: string[];
  /** Seconds per day; undefined where there is nothing to show. */
  series: ChartSeries<number | undefined>[];
}

/** Axis marks: a tenth of a second to a day. */
const MARKS_S = [0.1, 1, 10, 60, 600, 3_600, 6 * 3_600, 86_400];

export function renderLines(chart: LinesChart): SafeHtml {
  const id = chartId();
  const { WIDTH, HEIGHT, MARGIN } = CHART_SIZE;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const values = chart.series.flatMap((item) => item.values.filter((value): value is number => value !== undefined));
  const low = Math.log10(Math.max(0.05, Math.min(1, ...values) / 1.5));
  const high = Math.log10(Math.max(60, ...values) * 1.2);
  const y = (seconds: number) => MARGIN.top + plotHeight - ((Math.log10(Math.max(0.05, seconds)) - low) / (high - low)) * plotHeight;
  const slot = plotWidth / Math.max(1, chart.days.length);
  const x = (index: number) => MARGIN.left + index * slot + slot / 2;
  const marks = MARKS_S.filter((mark) => Math.log10(mark) >= low && Math.log10(mark) <= high);
  const lines = chart.series.map((item, seriesIndex) => {
    const colour = colourOf(seriesIndex);
    const points = item.values.map((value, index) => (value === undefined ? undefined : `${x(index).toFixed(1)},${y(value).toFixed(1)}`));
    // Consecutive days with data are joined; a day without data breaks the line.
    const runs: string[][] = [];
    let run: string[] = [];
    for (const point of points) {
      if (point === undefined) {
        if (run.length > 0) runs.push(run);
        run = [];
      } else run.push(point);
    }
    if (run.length > 0) runs.push(run);
    return html`${runs.map((part) => html`<polyline points="${part.join(' ')}" fill="none" stroke="${colour}" stroke-width="2"${seriesIndex % 2 === 1 ? html` stroke-dasharray="6 3"` : ''}/>`)}${item.values.map(
      (value, index) =>
        value === undefined
          ? ''
          : html`<circle cx="${x(index).toFixed(1)}" cy="${y(value).toFixed(1)}" r="3.5" fill="${colour}"><title>${chart.days[index]} · ${item.name}: ${formatSeconds(value)}</title></circle>`,
    )}`;
  });
  const svg = html`<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${id}" focusable="false">
${marks.map(
  (mark) =>
    html`<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(mark).toFixed(1)}" y2="${y(mark).toFixed(1)}" stroke="#c9d1d9" stroke-width="1"/><text x="${MARGIN.left - 6}" y="${(y(mark) + 4).toFixed(1)}" text-anchor="end" font-size="11" fill="#4a4a4a">${formatSeconds(mark)}</text>`,
)}
${lines}
${dayLabels(chart.days, slot)}
</svg>`;
  return figure(id, chart.caption, chart.summary, svg, [legendOf(chart.series.map((item) => item.name)), numbersOf(chart.days, chart.series, formatSeconds)]);
}
