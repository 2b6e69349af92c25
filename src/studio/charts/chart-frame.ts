// What the Studio's charts share: inline SVG (no library, no request) in a figure with a
// caption, a legend in HTML, and the numbers in a collapsed table for screen readers and for
// people who want them. Colours are told apart by more than hue and reach 3:1 on white.
import { html, type SafeHtml } from '../html.ts';

/** Blue, vermilion, green, purple, brown, grey: the Okabe-Ito hues, darkened to 3:1 or more on white. */
export const CHART_COLOURS = ['#0b5cad', '#b4450e', '#1f7a4d', '#8e3b86', '#7a5a00', '#5c5c5c'] as const;

export interface ChartSeries<V> {
  name: string;
  values: V[];
}

let charts = 0;

/** A unique id per chart on a page, for aria-labelledby. */
export function chartId(): string {
  charts = (charts + 1) % 1_000_000;
  return `chart-${charts}`;
}

export function legendOf(names: readonly string[]): SafeHtml {
  return html`<ul class="legend" aria-hidden="true">${names.map(
    (name, index) => html`<li>${swatch(colourOf(index))}${name}</li>`,
  )}</ul>`;
}

/** A colour sample; SVG attributes, since the Studio's CSP allows no inline styles. */
export function swatch(colour: string): SafeHtml {
  return html`<svg class="swatch" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true"><rect width="14" height="14" rx="2" fill="${colour}"/></svg>`;
}

export function colourOf(index: number): string {
  return CHART_COLOURS[index % CHART_COLOURS.length]!;
}

/** The chart's numbers as a table, collapsed under the chart. */
export function numbersOf(labels: readonly string[], series: readonly ChartSeries<number | undefined>[], format: (value: number) => string): SafeHtml {
  return html`<details><summary>The numbers</summary><div class="table-wrap"><table>
<thead><tr><th scope="col">Day</th>${series.map((item) => html`<th scope="col" class="num">${item.name}</th>`)}</tr></thead>
<tbody>${labels.map(
    (label, row) =>
      html`<tr><th scope="row">${label}</th>${series.map((item) => {
        const value = item.values[row];
        return html`<td class="num">${value === undefined ? '–' : format(value)}</td>`;
      })}</tr>`,
  )}</tbody></table></div></details>`;
}

export function figure(id: string, caption: string, summary: string, svg: SafeHtml, after: SafeHtml[]): SafeHtml {
  return html`<figure class="chart" aria-labelledby="${id}">
<figcaption id="${id}">${caption}</figcaption>
<p class="muted">${summary}</p>
${svg}
${after}
</figure>`;
}

/** `2026-11-20` → `20 Nov`: short enough for an axis. */
export function shortDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
}
