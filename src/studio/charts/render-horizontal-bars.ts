// Totals by category (handoffs by reason) as horizontal bars, longest first, each labelled with
// its count. Labels are HTML, so they wrap and stay legible on a 360 px screen.
import { html, type SafeHtml } from '../html.ts';
import { chartId } from './chart-frame.ts';

export interface HorizontalBarsChart {
  caption: string;
  summary: string;
  items: { label: string; value: number }[];
}

export function renderHorizontalBars(chart: HorizontalBarsChart): SafeHtml {
  const id = chartId();
  const max = Math.max(1, ...chart.items.map((item) => item.value));
  return html`<figure class="chart" aria-labelledby="${id}">
<figcaption id="${id}">${chart.caption}</figcaption>
<p class="muted">${chart.summary}</p>
<ul class="hbars">${chart.items.map(
    (item) => html`<li><span class="hbar-label">${item.label}</span><svg class="hbar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect width="${Math.max(1, (item.value / max) * 100).toFixed(1)}" height="10" rx="1" fill="#0b5cad"/></svg><span class="hbar-value">${item.value}</span></li>`,
  )}</ul>
</figure>`;
}
