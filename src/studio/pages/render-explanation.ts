// What the bot made of a message, as `pronto kb ask` tells it (knowledge/explain-ask.ts): the
// language, how it was read, the matches with confidence and coverage, and the decision.
import type { AskExplanation } from '../../knowledge/explain-ask.ts';
import { html, type SafeHtml } from '../html.ts';

export function renderExplanation(explanation: AskExplanation, base: string): SafeHtml {
  const traits = explanation.traits.length > 0 ? explanation.traits.join(', ') : '–';
  return html`<dl class="facts">
<dt>Language</dt><dd><code>${explanation.lang}</code> (${explanation.langSource})</dd>
<dt>Seen as</dt><dd>${traits} · sentiment ${explanation.sentiment} · urgency ${explanation.urgency}</dd>
${explanation.personalData.length > 0 ? html`<dt>Personal data</dt><dd>${explanation.personalData.join(', ')} (never repeated in public)</dd>` : ''}
<dt>Decision</dt><dd>${explanation.decision.join(' + ')}</dd>
</dl>
<h4 class="small-heading">Matches <span class="muted">(answer threshold ${explanation.threshold}; coverage = share of the question's topic words the entry has)</span></h4>
${
  explanation.matches.length === 0
    ? html`<p>No entry matched.</p>`
    : html`<div class="table-wrap"><table>
<thead><tr><th scope="col" class="num">Confidence</th><th scope="col">Entry</th><th scope="col">Why</th></tr></thead>
<tbody>${explanation.matches.map(
        (match) => html`<tr>
<td class="num">${match.confidence.toFixed(2)} ${match.confident ? html`<span class="badge ok">confident</span>` : html`<span class="badge">below threshold</span>`}</td>
<td><a href="${base}/knowledge/${encodeURIComponent(match.id)}"><code>${match.id}</code></a> ${match.title}</td>
<td>${[...match.flags, match.coverage].filter(Boolean).join(', ')}</td>
</tr>`,
      )}</tbody></table></div>`
}`;
}
