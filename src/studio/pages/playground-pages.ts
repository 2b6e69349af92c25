// The playground: write as a customer (public mention or DM, on X, Facebook or a web chat, in a
// language, with followers and a badge) and see what the bot does and why, turn after turn; a
// handoff links to its ticket in the desk, where the same person plays the agent.
import { followersText } from '../../core/followers-text.ts';
import type { KnowledgeIndex } from '../../core/ports.ts';
import { channelName } from '../../desk/channel-names.ts';
import { describeAction } from '../../knowledge/explain-ask.ts';
import { html, type SafeHtml } from '../html.ts';
import { PLAYGROUND_CHANNELS, type PlaygroundConversation, type PlaygroundEvent } from '../sandbox/playground-log.ts';
import { renderExplanation } from './render-explanation.ts';

/** Languages offered as a hint; "detect" lets the bot work it out, as on most channels. */
const LANGUAGES: readonly [string, string][] = [
  ['', 'Detect it'],
  ['it', 'Italian (it)'],
  ['en', 'English (en)'],
  ['es', 'Spanish (es)'],
  ['fr', 'French (fr)'],
  ['de', 'German (de)'],
];

export interface PostForm {
  text: string;
  kind: 'mention' | 'dm';
  lang: string;
  channel: string;
  name: string;
  handle: string;
  followers: number;
  verified: boolean;
}

export function renderPlaygroundPage(base: string, conversations: readonly PlaygroundConversation[], form: PostForm, error?: string): SafeHtml {
  return html`<h1>Playground</h1>
<p class="lead">Write as a customer and see what the bot answers, and why. Nothing leaves this page: replies land in the conversation below, and handoffs go to the <a href="${base}/desk">desk</a>, where you answer as the agent.</p>
<form method="post" action="${base}/playground" class="card" aria-labelledby="new-heading">
<h2 id="new-heading">New conversation</h2>
${error ? html`<p class="error-text" role="alert">${error}</p>` : ''}
<div class="field"><label for="text">What the customer writes</label>
<textarea id="text" name="text" required maxlength="10000" aria-describedby="text-hint">${form.text}</textarea>
<span id="text-hint" class="hint">For example: come faccio a ricaricare? · the app won't let me log in · ho un addebito che non riconosco</span></div>
<div class="fields">
${renderKindField(form.kind)}
<div class="field"><label for="channel">Channel</label><select id="channel" name="channel">${PLAYGROUND_CHANNELS.map(
    (channel) => html`<option value="${channel}"${channel === form.channel ? html` selected` : ''}>${channelName(channel)}</option>`,
  )}</select></div>
${renderLanguageField(form.lang)}
</div>
<fieldset><legend>Who writes</legend>
<div class="fields">
<div class="field"><label for="name">Name</label><input type="text" id="name" name="name" value="${form.name}" maxlength="50" autocomplete="off"></div>
<div class="field"><label for="handle">Handle</label><input type="text" id="handle" name="handle" value="${form.handle}" maxlength="50" autocomplete="off"></div>
<div class="field"><label for="followers">Followers</label><input type="number" id="followers" name="followers" value="${form.followers}" min="0" max="1000000000" inputmode="numeric"></div>
<div class="field"><span class="check"><input type="checkbox" id="verified" name="verified" value="true"${form.verified ? html` checked` : ''}><label for="verified">Verified account</label></span></div>
</div></fieldset>
<div class="actions"><button type="submit" class="primary">Post as the customer</button></div>
</form>
<h2>Conversations</h2>
${
  conversations.length === 0
    ? html`<p class="muted">None yet: post a message above.</p>`
    : html`<ul>${conversations.map(
        (conversation) =>
          html`<li><a href="${base}/playground/${conversation.id}">${conversation.customer.name || conversation.customer.handle} on ${channelName(conversation.customer.channel)}</a> <span class="muted">· ${conversation.events.filter((event) => event.type === 'customer').length} messages · ${summaryOf(conversation)}</span></li>`,
      )}</ul>`
}`;
}

export function renderConversationPage(
  base: string,
  conversation: PlaygroundConversation,
  knowledge: KnowledgeIndex,
  form: Pick<PostForm, 'text' | 'kind' | 'lang'>,
  error?: string,
): SafeHtml {
  const { customer } = conversation;
  const who = customer.name || `@${customer.handle}`;
  return html`<p><a href="${base}/playground">← All playground conversations</a></p>
<h1>${who} on ${channelName(customer.channel)}</h1>
<p class="muted">@${customer.handle} · ${followersText(customer.followers)}${customer.verified ? ' · verified' : ''}</p>
<ol class="turns">${conversation.events.map((event) => renderEvent(event, base, knowledge))}</ol>
<form method="post" action="${base}/playground/${conversation.id}" class="card" aria-labelledby="reply-heading">
<h2 id="reply-heading">Write again as ${who}</h2>
${error ? html`<p class="error-text" role="alert">${error}</p>` : ''}
<div class="field"><label for="text">What the customer writes</label><textarea id="text" name="text" required maxlength="10000">${form.text}</textarea></div>
<div class="fields">${renderKindField(form.kind)}${renderLanguageField(form.lang)}</div>
<div class="actions"><button type="submit" class="primary">Post as the customer</button></div>
</form>`;
}

function renderKindField(kind: string): SafeHtml {
  return html`<fieldset class="field"><legend>Where</legend>
<span class="check"><input type="radio" id="kind-mention" name="kind" value="mention"${kind !== 'dm' ? html` checked` : ''}><label for="kind-mention">Public mention</label></span>
<span class="check"><input type="radio" id="kind-dm" name="kind" value="dm"${kind === 'dm' ? html` checked` : ''}><label for="kind-dm">Direct message</label></span>
</fieldset>`;
}

function renderLanguageField(lang: string): SafeHtml {
  return html`<div class="field"><label for="lang">Language hint</label><select id="lang" name="lang">${LANGUAGES.map(
    ([code, label]) => html`<option value="${code}"${code === lang ? html` selected` : ''}>${label}</option>`,
  )}</select></div>`;
}

function renderEvent(event: PlaygroundEvent, base: string, knowledge: KnowledgeIndex): SafeHtml {
  const time = event.at.slice(11, 16);
  switch (event.type) {
    case 'customer':
      return html`<li class="turn customer" id="${event.id}">
<p><span class="who">Customer</span> <span class="muted">${event.kind === 'mention' ? 'public mention' : 'direct message'} · ${time}${event.lang ? ` · hint ${event.lang}` : ''}</span></p>
<p class="text">${event.text}</p>
${
  event.explanation
    ? html`<details open><summary>What the bot made of it</summary>${renderExplanation(event.explanation, base)}
<p><strong>It sends:</strong> ${event.actions.map((action) => describeAction(action).what).join(' + ')}</p></details>`
    : ''
}
</li>`;
    case 'sent':
      return html`<li class="turn ${event.from}">
<p><span class="who">${event.from === 'bot' ? 'Bot' : 'Agent (you, from the desk)'}</span> <span class="muted">${event.to === 'reply' ? 'reply' : 'direct message'} · ${time}</span></p>
<p class="text">${event.text}</p>
${
  event.sources.length > 0
    ? html`<p class="muted">Sources: ${event.sources.map(
        (id, index) => html`${index > 0 ? ', ' : ''}<a href="${base}/knowledge/${encodeURIComponent(id)}">${titleOf(knowledge, id, event.lang)}</a>`,
      )}</p>`
    : ''
}
</li>`;
    case 'handoff':
      return html`<li class="turn handoff">
<p><span class="who">Handed to a person</span> <span class="badge ${event.priority}">${event.priority}</span> <span class="muted">${event.reasons.join(', ')} · ${time}</span></p>
<p>${event.summary}</p>
<p><a class="button" href="${base}/desk/${encodeURIComponent(event.ticketId)}">Open the handoff in the desk</a></p>
</li>`;
  }
}

function titleOf(knowledge: KnowledgeIndex, id: string, lang: string): string {
  return (knowledge.entry(id, lang) ?? knowledge.entry(id, knowledge.languages(id)[0] ?? ''))?.title ?? id;
}

function summaryOf(conversation: PlaygroundConversation): string {
  const last = [...conversation.events].reverse().find((event) => event.type === 'customer');
  const text = last?.type === 'customer' ? last.text : '';
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
