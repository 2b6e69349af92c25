// `kb eval` in the Studio: how well the knowledge answers the eval file's questions, and the
// worst confusions (expected entry → what the bot matched instead), each linking to both entries.
import type { EvalReport } from '../../knowledge/evaluate-knowledge.ts';
import { html, type SafeHtml } from '../html.ts';

export interface EvalView {
  file?: string;
  report?: EvalReport;
  /** Lines of the eval file that could not be read. */
  errors: string[];
  threshold: number;
}

export function renderEvalPage(base: string, view: EvalView): SafeHtml {
  const entry = (id: string) => (id === '(nothing)' ? html`nothing` : html`<a href="${base}/knowledge/${encodeURIComponent(id)}"><code>${id}</code></a>`);
  if (view.file === undefined) {
    return html`<h1>Knowledge evaluation</h1>
<p class="banner warn">No eval file: start the Studio with <code>--eval FILE</code> (or set <code>PRONTO_STUDIO_EVAL_FILE</code> for the service). It holds one question per line: <code>{"q": "…", "expect": "entry-id" | null, "lang": "it"}</code>.</p>`;
  }
  if (view.report === undefined) {
    return html`<h1>Knowledge evaluation</h1><p class="banner bad">${view.errors.join('; ')}</p>`;
  }
  const { report } = view;
  const meter = (label: string, value: number, detail: string) => html`<div class="card"><h2>${label}</h2>
<p class="meter"><svg class="track" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect width="${(value * 100).toFixed(1)}" height="10" fill="#0b5cad"/></svg> <strong>${(value * 100).toFixed(1)}%</strong></p>
<p class="muted">${detail}</p></div>`;
  return html`<h1>Knowledge evaluation</h1>
<p class="lead">The questions of <code>${view.file}</code> against the knowledge as it is now (answer threshold ${view.threshold}), as <code>pronto kb eval</code> measures them.</p>
${view.errors.length > 0 ? html`<div class="banner bad"><p>Lines of the eval file that could not be read (the others count):</p><ul>${view.errors.map((error) => html`<li>${error}</li>`)}</ul></div>` : ''}
<div class="cards">
${meter('Accuracy', report.accuracy, `${report.correct} of ${report.total}: the best match is the expected entry`)}
${meter('Coverage', report.coverage, `${report.answered} of ${report.total} confident enough to answer`)}
${meter('Precision', report.precision, 'of the answered ones, answered with the expected entry')}
${meter('Out of scope left unanswered', report.outOfScope.total === 0 ? 0 : report.outOfScope.abstained / report.outOfScope.total, `${report.outOfScope.abstained} of ${report.outOfScope.total} questions no entry should answer`)}
</div>
<h2>Worst confusions</h2>
${
  report.confusions.length === 0
    ? html`<p class="banner ok">None: every best match is the expected entry.</p>`
    : html`<div class="table-wrap"><table>
<thead><tr><th scope="col" class="num">Times</th><th scope="col">Expected</th><th scope="col">Best match instead</th><th scope="col">For example</th></tr></thead>
<tbody>${report.confusions.slice(0, 15).map(
        (confusion) => html`<tr><td class="num">${confusion.count}</td><td>${entry(confusion.expected)}</td><td>${entry(confusion.got)}</td><td>${confusion.example}</td></tr>`,
      )}</tbody></table></div>`
}
${
  report.wronglyAnswered.length > 0
    ? html`<h2>Out-of-scope questions the bot would answer</h2><ul>${report.wronglyAnswered.slice(0, 15).map(
        (wrong) => html`<li>${wrong.q} → ${entry(wrong.got)} (${wrong.confidence.toFixed(2)})</li>`,
      )}</ul>`
    : ''
}`;
}
