// The Studio's front page: what each part is for, for the three kinds of people who open it.
import { html, type SafeHtml } from '../html.ts';

export interface HomeFigures {
  entries: number;
  languages: string[];
  errors: number;
  openHandoffs: number;
  /** Over the insight period. */
  posts: number;
  answeredShare: number | undefined;
  gaps: number;
  days: number;
  source: string;
}

export function renderHomePage(base: string, figures: HomeFigures): SafeHtml {
  const share = figures.answeredShare === undefined ? 'no posts yet' : `${Math.round(figures.answeredShare * 100)}% of ${figures.posts} posts answered by the bot`;
  return html`<h1>Pronto Studio</h1>
<p class="lead">Pronto answers customers on social channels from a folder of markdown answers, and hands everything else to a person. Here you can try it, answer its handoffs, check the answers and see how the bot and the team are doing.</p>
${figures.errors > 0 ? html`<p class="banner bad">${figures.errors} problems in the knowledge folder: <a href="${base}/knowledge">see which files</a>. The other entries work as usual.</p>` : ''}
<div class="cards">
<section class="card"><h2><a href="${base}/playground">Playground</a></h2>
<p>New here? Write as a customer on X, Facebook or a web chat, in any language, and see what the bot answers and why.</p></section>
<section class="card"><h2><a href="${base}/desk">Desk</a></h2>
<p>${figures.openHandoffs === 0 ? 'No open handoffs.' : `${figures.openHandoffs} open handoffs.`} Play the agent: send the draft, edit it, take over, hand back or resolve, as in Slack.</p></section>
<section class="card"><h2><a href="${base}/knowledge">Knowledge</a></h2>
<p>For content editors: ${figures.entries} entries in ${figures.languages.join(', ') || 'no language'}${figures.errors > 0 ? `, ${figures.errors} files with errors` : ''}. Browse them, see what <code>kb check</code> and <code>kb eval</code> find, and try an entry.</p></section>
<section class="card"><h2><a href="${base}/gaps">Gap report</a></h2>
<p>The editors' to-do list: ${figures.gaps} questions the bot could not answer in the last ${figures.days} days, grouped.</p></section>
<section class="card"><h2><a href="${base}/team">Team</a></h2>
<p>For team leads: response times, what the bot answers, handoffs by reason, deadlines and drafts, per day. ${share} (${figures.source}).</p></section>
</div>`;
}
