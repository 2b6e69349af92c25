// The editors' to-do list and the team leads' view: questions the bot could not answer
// confidently, grouped; and how the bot and the desk did, per day, as charts.
import { channelName } from '../../desk/channel-names.ts';
import type { GapGroup } from '../../insights/group-gaps.ts';
import type { ResponseSeries, TeamSummary } from '../../insights/summarize-team.ts';
import { html, type SafeHtml } from '../html.ts';
import { formatSeconds } from '../format-seconds.ts';
import { renderHorizontalBars } from '../charts/render-horizontal-bars.ts';
import { renderLines } from '../charts/render-lines.ts';
import { renderStackedBars } from '../charts/render-stacked-bars.ts';

/** The team view counts Messenger apart from the Page's comments (insights/daily-counters.ts teamChannelOf). */
const TEAM_CHANNEL_NAMES: Readonly<Record<string, string>> = { facebook: 'Facebook comments', messenger: 'Messenger' };

function teamChannelName(channel: string): string {
  return TEAM_CHANNEL_NAMES[channel] ?? channelName(channel);
}

/** Where the figures come from and which days they cover. */
export interface InsightPeriod {
  /** "the live store", "the replay of examples/inbound.jsonl", … */
  source: string;
  days: string[];
  /** Periods to choose from, in days. */
  choices: readonly number[];
  /** Lines of a replay file that could not be read. */
  malformed: string[];
}

export interface GapTotals {
  /** Posts in the period. */
  messages: number;
  /** Unanswered questions among them. */
  gaps: number;
  /** Groups in all (only the biggest are listed). */
  groupsTotal: number;
}

export function renderGapsPage(base: string, period: InsightPeriod, totals: GapTotals, groups: readonly GapGroup[]): SafeHtml {
  const { messages, gaps, groupsTotal } = totals;
  const biggest = Math.max(1, ...groups.map((group) => group.count));
  return html`<h1>Gap report</h1>
<p class="lead">Questions the bot could not answer confidently, grouped by the words they share, biggest group first: the answers the knowledge is missing. Personal data was removed before they were kept.</p>
${renderPeriod(base, '/gaps', period)}
<p role="status"><strong>${gaps}</strong> unanswered questions${messages > 0 ? ` of ${messages} posts` : ''} in <strong>${groupsTotal}</strong> groups${groupsTotal > groups.length ? `; the ${groups.length} biggest are listed` : ''}.</p>
${
  groups.length === 0
    ? html`<p class="banner ok">Nothing to do: every question in this period was answered, or there were none.</p>`
    : html`<ol class="stack">${groups.map(
        (group, index) => html`<li class="card" aria-labelledby="gap-${index}">
<h2 id="gap-${index}" class="row"><span>${group.count}×</span> <span>${group.words.length > 0 ? group.words.join(' ') : '(no topic words)'}</span></h2>
<svg class="hbar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect width="${Math.max(1, (group.count / biggest) * 100).toFixed(1)}" height="10" rx="1" fill="#0b5cad"/></svg>
<p>For example: <q>${group.example}</q></p>
<p class="muted">${group.languages.map(({ lang, count }) => `${lang} ${count}`).join(' · ')}${
          group.closest ? html` · closest entry: <a href="${base}/knowledge/${encodeURIComponent(group.closest.id)}"><code>${group.closest.id}</code></a>` : ''
        }${group.untranslated > 0 ? ` · ${group.untranslated} for lack of a translation` : ''}</p>
<p><a href="${base}/playground?text=${encodeURIComponent(group.example)}">Ask it in the playground</a></p>
</li>`,
      )}</ol>`
}`;
}

export function renderTeamPage(base: string, period: InsightPeriod, summary: TeamSummary): SafeHtml {
  const { days } = summary;
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
  const posts = sum(summary.outcomes.answered) + sum(summary.outcomes['handed-off']) + sum(summary.outcomes.other);
  const share = summary.answeredShare === undefined ? 'no posts yet' : `${Math.round(summary.answeredShare * 100)}% answered by the bot`;
  const asIs = sum(summary.drafts.asIs);
  const edited = sum(summary.drafts.edited);
  const misses = summary.deadlineMisses.reduce((total, item) => total + sum(item.perDay), 0);
  return html`<h1>Team</h1>
<p class="lead">How the bot and the agents did, per day.</p>
${renderPeriod(base, '/team', period)}
<div class="cards">
<div class="card"><h2>Answered by the bot</h2><p><strong>${summary.answeredShare === undefined ? '–' : `${Math.round(summary.answeredShare * 100)}%`}</strong> of ${posts} posts</p></div>
<div class="card"><h2>Handed to people</h2><p><strong>${sum(summary.outcomes['handed-off'])}</strong> posts</p></div>
<div class="card"><h2>Drafts sent as is</h2><p><strong>${asIs + edited === 0 ? '–' : `${Math.round((asIs / (asIs + edited)) * 100)}%`}</strong> of ${asIs + edited} agent replies</p></div>
<div class="card"><h2>Missed deadlines</h2><p><strong>${misses}</strong></p></div>
</div>
${renderStackedBars({
  caption: 'Posts per day, by how the bot handled them',
  summary: `${posts} posts: ${share}.`,
  days,
  series: [
    { name: 'answered by the bot', values: summary.outcomes.answered },
    { name: 'handed to a person', values: summary.outcomes['handed-off'] },
    { name: 'other (asked back, thanked, moved to DM)', values: summary.outcomes.other },
  ],
})}
${renderResponseCharts(days, summary)}
${
  summary.handoffReasons.length === 0
    ? html`<h2>Handoffs by reason</h2><p class="muted">No handoffs in this period.</p>`
    : renderHorizontalBars({
        caption: 'Handoffs by reason',
        summary: `Most often: ${summary.handoffReasons[0]!.reason} (${summary.handoffReasons[0]!.count}). A handoff can have several reasons.`,
        items: summary.handoffReasons.map(({ reason, count }) => ({ label: reason, value: count })),
      })
}
${
  asIs + edited === 0
    ? html`<h2>Agent replies: the draft as is, or edited</h2><p class="muted">No agent replies in this period.</p>`
    : renderStackedBars({
        caption: 'Agent replies per day: the draft as is, or edited',
        summary: `${asIs} sent as is, ${edited} edited: the share sent as is tells how good the drafts are.`,
        days,
        series: [
          { name: 'draft as is', values: summary.drafts.asIs },
          { name: 'edited', values: summary.drafts.edited },
        ],
      })
}
${
  misses === 0
    ? html`<h2>Missed first-response deadlines</h2><p class="muted">No deadline missed in this period.</p>`
    : renderStackedBars({
        caption: 'Missed first-response deadlines per day, by priority',
        summary: `${misses} missed.`,
        days,
        series: summary.deadlineMisses.map(({ priority, perDay }) => ({ name: priority, values: perDay })),
      })
}`;
}

function renderResponseCharts(days: string[], summary: TeamSummary): SafeHtml {
  if (summary.bot.length === 0 && summary.human.length === 0) {
    return html`<h2>First response times</h2><p class="muted">No responses in this period.</p>`;
  }
  const channels = [...new Set([...summary.bot, ...summary.human].map((series) => series.channel))].sort();
  const label = (series: ResponseSeries) => (series.who === 'bot' ? 'bot' : `agents · ${series.who}`);
  return html`${channels.map((channel) => {
    const series = [...summary.bot, ...summary.human].filter((item) => item.channel === channel);
    return renderLines({
      caption: `First response time on ${teamChannelName(channel)}, median per day (log scale)`,
      summary: series
        .map((item) => `${label(item)}: median ${item.overallMedian === undefined ? '–' : formatSeconds(item.overallMedian)} over ${item.count} responses`)
        .join('; '),
      days,
      series: series.map((item) => ({ name: label(item), values: item.median })),
    });
  })}`;
}

function renderPeriod(base: string, path: string, period: InsightPeriod): SafeHtml {
  const first = period.days[0] ?? '';
  const last = period.days.at(-1) ?? '';
  return html`<p>From ${period.source}: ${first} to ${last}.</p>
<form method="get" action="${base}${path}" class="actions" aria-label="Period">
<label for="days">Period</label><select id="days" name="days" class="narrow">${period.choices.map(
    (choice) => html`<option value="${choice}"${choice === period.days.length ? html` selected` : ''}>last ${choice} days</option>`,
  )}</select>
<button type="submit">Show</button>
</form>
${period.malformed.length > 0 ? html`<div class="banner bad"><p>Lines of the replay file that could not be read (the others count):</p><ul>${period.malformed.map((line) => html`<li>${line}</li>`)}</ul></div>` : ''}`;
}
