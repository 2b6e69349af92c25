// The desk as the Studio shows it: the open handoffs, most urgent first, and each handoff with
// what Slack's card shows (summary, customer, where, deadline, the conversation so far, the
// knowledge, the draft and where it goes, who has it) and the same buttons. The desk
// (src/desk) does what the buttons say; this page only renders and posts.
import { followersText } from '../../core/followers-text.ts';
import type { HandoffTicket, TranscriptTurn } from '../../desk/handoff-ticket.ts';
import { describeDraftAuthor, draftTargetOf } from '../../desk/handoff-ticket.ts';
import { channelName, placeName, sentPlaceName } from '../../desk/channel-names.ts';
import { describeDeadline, formatClock, formatDuration } from '../../desk/format-time.ts';
import { describeReplyLimit } from '../../desk/validate-agent-reply.ts';
import { maskPersonalData } from '../../privacy/mask-personal-data.ts';
import { html, type SafeHtml } from '../html.ts';
import type { TicketActivity } from '../sandbox/studio-desk-view.ts';
import { STUDIO_AGENT } from '../sandbox/create-sandbox.ts';

export interface TicketPageOptions {
  base: string;
  now: Date;
  timeZone: string;
  activity: TicketActivity[];
  /** The playground conversation the handoff came from, when it came from one. */
  conversationHref?: string;
  /** What the last button did, or why it did nothing. */
  outcome?: { tone: 'ok' | 'bad'; text: string };
  /** The edit window's text and its error, when a send was refused. */
  edit?: { text: string; error: string };
}

const SPEAKERS: Readonly<Record<TranscriptTurn['from'], string>> = {
  customer: 'Customer',
  bot: 'Bot',
  agent: 'Agent',
  referenced: 'The post they answered',
};

export function renderDeskPage(base: string, queue: readonly HandoffTicket[], now: Date, timeZone: string): SafeHtml {
  return html`<h1>Desk</h1>
<p class="lead">Handoffs from the playground, as agents see them in Slack, with the same buttons. Most urgent first, then the longest waiting.</p>
${
  queue.length === 0
    ? html`<p class="banner ok">No open handoffs: nobody is waiting for an agent. Post a complaint in the <a href="${base}/playground">playground</a> to see one.</p>`
    : html`<ul class="stack" aria-label="Open handoffs">${queue.map(
        (ticket) => html`<li class="card">
<p class="row"><span class="badge ${ticket.priority}">${ticket.priority}</span> <a href="${base}/desk/${encodeURIComponent(ticket.id)}"><strong>${customerLabel(ticket)}</strong> · ${channelName(ticket.channel)} ${ticket.kind === 'mention' ? 'public' : 'DM'}</a></p>
<p>${maskPersonalData(ticket.summary ?? '')}</p>
<p class="muted">${ticket.reasons.join(', ')} · waiting ${formatDuration(now.getTime() - Date.parse(ticket.openedAt))} · ${describeDeadline(ticket, now, timeZone)}${ticket.takenBy ? ` · taken by ${agentName(ticket.takenBy)}` : ''}</p>
</li>`,
      )}</ul>`
}`;
}

export function renderTicketPage(ticket: HandoffTicket, options: TicketPageOptions): SafeHtml {
  const { base, now, timeZone } = options;
  const clock = (iso: string | undefined) => (iso === undefined ? '?' : formatClock(new Date(iso), timeZone));
  const action = (path: string) => `${base}/desk/${encodeURIComponent(ticket.id)}/${path}`;
  const open = ticket.state !== 'resolved';
  const target = draftTargetOf(ticket);
  return html`<p><a href="${base}/desk">← All open handoffs</a>${options.conversationHref ? html` · <a href="${options.conversationHref}">The playground conversation</a>` : ''}</p>
<h1><span class="badge ${ticket.priority}">${ticket.priority.toUpperCase()}</span> ${ticket.reasons.join(', ')}</h1>
${options.outcome ? html`<p id="outcome" class="banner ${options.outcome.tone}" role="status" tabindex="-1">${options.outcome.text}</p>` : ''}
${ticket.summary ? html`<p class="lead">${maskPersonalData(ticket.summary)}</p>` : ''}
<div class="two">
<section aria-labelledby="conversation-heading">
<h2 id="conversation-heading">Conversation so far</h2>
<ol class="turns">${ticket.transcript.map(
    (turn) => html`<li class="turn ${turn.from === 'customer' || turn.from === 'referenced' ? 'customer' : turn.from}">
<p><span class="who">${SPEAKERS[turn.from]}${turn.by ? ` (${agentName(turn.by)})` : ''}${turn.author ? ` (@${turn.author})` : ''}</span> <span class="muted">${clock(turn.at)}</span></p>
<p class="text">${maskPersonalData(turn.text)}</p></li>`,
  )}</ol>
<h2>${target === 'dm' ? 'Draft (private message)' : 'Draft (public reply)'}</h2>
<p class="turn bot text">${maskPersonalData(ticket.draft) || '(no draft)'}</p>
${draftAuthorLine(ticket)}
${
  open
    ? html`<div class="actions" role="group" aria-label="What to do with this handoff">
<form method="post" action="${action('send-draft')}"><button type="submit" class="primary">Send draft</button></form>
${ticket.state === 'open' ? html`<form method="post" action="${action('take-over')}"><button type="submit">Take over</button></form>` : ''}
<form method="post" action="${action('hand-back')}"><button type="submit">Hand back to bot</button></form>
<form method="post" action="${action('resolve')}"><button type="submit">Resolve</button></form>
</div>
<details${options.edit ? html` open` : ''}><summary>Edit and send</summary>
<form method="post" action="${action('edit')}" class="card">
${options.edit ? html`<p class="error-text" role="alert" id="edit-error">${options.edit.error}</p>` : ''}
<div class="field"><label for="reply">Reply to the customer</label>
<textarea id="reply" name="text" required aria-describedby="reply-hint${options.edit ? ' edit-error' : ''}">${options.edit?.text ?? maskPersonalData(ticket.draft)}</textarea>
<span id="reply-hint" class="hint">${describeReplyLimit(ticket)}${maskPersonalData(ticket.draft) !== ticket.draft ? ' Personal data in the draft is masked (*): sent unchanged, the draft goes out in full.' : ''}</span></div>
<div class="actions"><button type="submit" class="primary">Send</button></div>
</form></details>`
    : ''
}
</section>
<section aria-labelledby="about-heading">
<h2 id="about-heading">About this handoff</h2>
<dl class="facts">
<dt>Customer</dt><dd>${describeCustomer(ticket)}</dd>
<dt>Where</dt><dd>${placeName(ticket)}</dd>
<dt>First response</dt><dd>${describeDeadline(ticket, now, timeZone)}</dd>
<dt>Knowledge</dt><dd>${
    ticket.sources.length === 0
      ? 'no matching entry'
      : ticket.sources.map((source, index) => html`${index > 0 ? ', ' : ''}<a href="${base}/knowledge/${encodeURIComponent(source.id)}">${source.title}</a>`)
  }</dd>
<dt>Draft written by</dt><dd>${ticket.draftBy ?? 'templates'}</dd>
<dt>State</dt><dd>${describeState(ticket, clock)}</dd>
</dl>
<h2>Activity</h2>
${
  options.activity.length === 0
    ? html`<p class="muted">Nothing yet. What Slack would post in the handoff's thread shows here.</p>`
    : html`<ol class="turns">${options.activity.map((item) => html`<li class="turn">${describeNote(ticket, item, clock, timeZone)}</li>`)}</ol>`
}
</section>
</div>`;
}

function agentName(agent: string): string {
  return agent === STUDIO_AGENT ? 'you' : agent;
}

function customerLabel(ticket: HandoffTicket): string {
  const { name, handle, id } = ticket.customer;
  const at = handle === undefined ? '' : `@${handle}`;
  return maskPersonalData(name !== undefined && at !== '' ? `${name} (${at})` : (name ?? (at !== '' ? at : id)));
}

function describeCustomer(ticket: HandoffTicket): string {
  const { followers, verified, lang } = ticket.customer;
  const parts = [customerLabel(ticket)];
  if (followers !== undefined) parts.push(followersText(followers));
  if (verified === true) parts.push('verified');
  parts.push(`language ${lang}`);
  return parts.join(' · ');
}

function describeState(ticket: HandoffTicket, clock: (iso: string | undefined) => string): SafeHtml {
  const lines: SafeHtml[] = [];
  if (ticket.state === 'open') lines.push(html`Waiting for an agent`);
  if (ticket.takenBy !== undefined) lines.push(html`Taken by ${agentName(ticket.takenBy)} at ${clock(ticket.takenAt)}`);
  for (const sent of ticket.sent) {
    lines.push(html`Sent by ${agentName(sent.by)} at ${clock(sent.at)} (${sent.edited ? 'edited' : 'draft as is'})`);
  }
  if (ticket.state === 'resolved') {
    const how = ticket.closedAs === 'handed-back' ? 'Handed back to the bot' : 'Resolved';
    lines.push(html`${how} by ${agentName(ticket.closedBy ?? '?')} at ${clock(ticket.closedAt)}`);
  }
  return html`${lines.map((line, index) => html`${index > 0 ? html`<br>` : ''}${line}`)}`;
}

function describeNote(ticket: HandoffTicket, { at, note }: TicketActivity, clock: (iso: string | undefined) => string, timeZone: string): SafeHtml {
  const when = html`<span class="muted">${clock(at)}</span>`;
  switch (note.kind) {
    case 'customer-wrote':
      return html`<p><span class="who">${customerLabel(ticket)}</span> ${when}</p><p class="text">${maskPersonalData(note.text)}</p>`;
    case 'reasons-added':
      return html`<p>${when} More reasons for this message: ${note.reasons.join(', ')}.</p>`;
    case 'reply-sent':
      return html`<p>${when} <strong>${agentName(note.agent)}</strong> sent to ${customerLabel(ticket)} (${sentPlaceName(ticket, note.to)}):</p><p class="text">${maskPersonalData(note.text)}</p>`;
    case 'reply-not-sent':
      return html`<p>${when} <strong class="error-text">Not sent</strong> to ${customerLabel(ticket)}: ${maskPersonalData(note.error)}.</p><p class="text">${maskPersonalData(note.text)}</p>`;
    case 'reminder':
      return html`<p>${when} Reminder: ${customerLabel(ticket)} is still waiting; ${describeDeadline(ticket, note.now, timeZone)}.</p>`;
    case 'deadline-missed':
      return html`<p>${when} <strong class="error-text">Missed first-response deadline</strong> (${clock(ticket.deadlineAt)}), priority ${ticket.priority}: please answer now.</p>`;
  }
}

/** Who wrote the draft from which entries, as Slack's card says. */
function draftAuthorLine(ticket: HandoffTicket): SafeHtml | string {
  const author = describeDraftAuthor(ticket, (text) => text);
  return author === undefined ? '' : html`<p class="muted">${author[0]!.toUpperCase()}${author.slice(1)}.</p>`;
}
