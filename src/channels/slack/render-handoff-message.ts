// The handoff as agents see it in Slack: who, where, how urgent, by when, the conversation so
// far, what the knowledge says, the bot's draft, and buttons that match the ticket's state.
import type { types } from '@slack/bolt';
import { followersText } from '../../core/followers-text.ts';
import type { Priority } from '../../core/model.ts';
import { describeDraftAuthor, draftTargetOf, type HandoffTicket, type TranscriptTurn } from '../../desk/handoff-ticket.ts';
import {
  HEADER_MAX_CHARS,
  MESSAGE_MAX_BLOCKS,
  SECTION_TEXT_MAX_CHARS,
  buttonValue,
  escapeMrkdwn,
  limitText,
} from './render-limits.ts';
import { describeDeadline, formatClock } from '../../desk/format-time.ts';
import { channelName, placeName, postLinkLabel } from '../../desk/channel-names.ts';
import { quoteCustomerText as quote, showCustomerText } from './show-customer-text.ts';

type KnownBlock = types.KnownBlock;
type Button = types.Button;

export const ACTION_SEND_DRAFT = 'pronto_send_draft';
export const ACTION_EDIT_SEND = 'pronto_edit_send';
export const ACTION_TAKE_OVER = 'pronto_take_over';
export const ACTION_HAND_BACK = 'pronto_hand_back';
export const ACTION_RESOLVE = 'pronto_resolve';

/** Turns shown: enough context for a reply, short enough to read at a glance. */
const TRANSCRIPT_TURNS_SHOWN = 10;
/** Characters per turn: a long rant stays readable; the full text is in the thread. */
const TURN_MAX_CHARS = 300;

export const PRIORITY_EMOJI: Readonly<Record<Priority, string>> = {
  urgent: ':red_circle:',
  high: ':large_orange_circle:',
  normal: ':large_yellow_circle:',
  low: ':white_circle:',
};

export interface HandoffMessageOptions {
  now: Date;
  /** Time zone of the desk for clock times; UTC when not given. */
  timeZone?: string;
  /** Base of a link that opens the customer's DM (e.g. X's compose URL), shown for private cases. */
  dmLinkBase?: string;
}

export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

export function renderHandoffMessage(ticket: HandoffTicket, options: HandoffMessageOptions): SlackMessage {
  const timeZone = options.timeZone ?? 'UTC';
  const blocks: KnownBlock[] = [
    header(ticket),
    // What it is about before who and where: the agent decides at a glance whether to take it.
    ...(ticket.summary === undefined || ticket.summary === '' ? [] : [section(showCustomerText(ticket.summary))]),
    section(`*Customer*  ${describeCustomer(ticket)}`),
    section(`*Where*  ${describeWhere(ticket, options.dmLinkBase)}`),
    section(`*First response*  ${describeDeadline(ticket, options.now, timeZone)}`),
    { type: 'divider' },
    ...transcriptBlocks(ticket.transcript, timeZone),
    section(describeSources(ticket)),
    section(`${draftLabel(ticket)}\n${quote(ticket.draft)}`),
    section(describeState(ticket, timeZone)),
  ];
  const actions = actionsBlock(ticket);
  return { text: fallbackText(ticket, timeZone), blocks: fitBlocks(blocks, actions) };
}

/**
 * Says where Send draft will send the draft, so a public reply is never a surprise, and who wrote
 * it from which entries: a model's draft is the one to read most carefully.
 */
function draftLabel(ticket: HandoffTicket): string {
  const where = draftTargetOf(ticket) === 'dm' ? '*Draft (private message)*' : '*Draft (public reply)*';
  const author = describeDraftAuthor(ticket, (text) => `\`${escapeMrkdwn(text)}\``);
  return author === undefined ? where : `${where} · ${author}`;
}

function section(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: limitText(text, SECTION_TEXT_MAX_CHARS) } };
}

function header(ticket: HandoffTicket): KnownBlock {
  const reasons = ticket.reasons.length > 0 ? ` · ${ticket.reasons.join(', ')}` : '';
  const text = `${PRIORITY_EMOJI[ticket.priority]} ${ticket.priority.toUpperCase()}${reasons}`;
  return { type: 'header', text: { type: 'plain_text', text: limitText(text, HEADER_MAX_CHARS), emoji: true } };
}

/** Longest customer label shown: X allows 50-character names; other channels may allow any. */
const LABEL_MAX_CHARS = 120;

/** "Mario Rossi (@mrossi)", ready for mrkdwn: the customer chose it, so it is escaped. */
export function customerLabel(ticket: HandoffTicket): string {
  const { name, handle, id } = ticket.customer;
  const at = handle === undefined ? '' : `@${handle}`;
  const label = name !== undefined && at !== '' ? `${name} (${at})` : (name ?? (at !== '' ? at : id));
  return showCustomerText(label, LABEL_MAX_CHARS);
}

function describeCustomer(ticket: HandoffTicket): string {
  const { followers, verified, lang } = ticket.customer;
  const parts = [customerLabel(ticket)];
  if (followers !== undefined) parts.push(followersText(followers));
  if (verified === true) parts.push('verified :heavy_check_mark:');
  parts.push(`language \`${escapeMrkdwn(lang)}\``);
  return parts.join(' · ');
}

function describeWhere(ticket: HandoffTicket, dmLinkBase: string | undefined): string {
  const parts = [placeName(ticket)];
  if (ticket.postUrl !== undefined) parts.push(`<${ticket.postUrl}|${postLinkLabel(ticket.channel)}>`);
  if (ticket.kind === 'dm' && dmLinkBase !== undefined) parts.push(`<${dmLinkBase}|open the DM>`);
  return parts.join(' · ');
}

export { describeDeadline } from '../../desk/format-time.ts';

const SPEAKERS: Readonly<Record<TranscriptTurn['from'], string>> = {
  customer: 'Customer',
  bot: 'Bot',
  agent: 'Agent',
  referenced: 'The post they answered',
};

function transcriptBlocks(transcript: readonly TranscriptTurn[], timeZone: string): KnownBlock[] {
  const shown = transcript.slice(-TRANSCRIPT_TURNS_SHOWN);
  const hidden = transcript.length - shown.length;
  const blocks: KnownBlock[] = [section('*Conversation so far*')];
  if (hidden > 0) {
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `${hidden} earlier messages are in the thread` }] });
  }
  for (const turn of shown) {
    const who =
      turn.by !== undefined
        ? `${SPEAKERS[turn.from]} <@${turn.by}>`
        : turn.author !== undefined
          ? `${SPEAKERS[turn.from]} (@${showCustomerText(turn.author)})`
          : SPEAKERS[turn.from];
    blocks.push(section(`*${who}* ${formatClock(new Date(turn.at), timeZone)}\n${quote(turn.text, TURN_MAX_CHARS)}`));
  }
  return blocks;
}

function describeSources(ticket: HandoffTicket): string {
  if (ticket.sources.length === 0) return '*Knowledge*  no matching entry';
  const lines = ticket.sources.map((source) => `• ${escapeMrkdwn(source.title)} (\`${source.id}\`)`);
  return `*Knowledge*\n${lines.join('\n')}`;
}


/** "Taken by <@U123> at 10:42", what was sent, and how it ended. */
export function describeState(ticket: HandoffTicket, timeZone: string): string {
  const clock = (iso: string | undefined) => (iso === undefined ? '?' : formatClock(new Date(iso), timeZone));
  const lines: string[] = [];
  if (ticket.state === 'open') lines.push(':hourglass_flowing_sand: Waiting for an agent');
  if (ticket.takenBy !== undefined) lines.push(`:raising_hand: Taken by <@${ticket.takenBy}> at ${clock(ticket.takenAt)}`);
  for (const sent of ticket.sent) {
    const how = sent.edited ? 'edited' : 'draft as is';
    const text = showCustomerText(sent.text, TURN_MAX_CHARS);
    lines.push(`:outbox_tray: Sent by <@${sent.by}> at ${clock(sent.at)} (${how}): ${text}`);
  }
  if (ticket.state === 'resolved') {
    const how = ticket.closedAs === 'handed-back' ? ':robot_face: Handed back to the bot' : ':white_check_mark: Resolved';
    lines.push(`${how} by <@${ticket.closedBy ?? '?'}> at ${clock(ticket.closedAt)}`);
  }
  return lines.join('\n');
}

function button(text: string, actionId: string, ticketId: string, style?: 'primary' | 'danger'): Button {
  const element: Button = {
    type: 'button',
    text: { type: 'plain_text', text, emoji: true },
    action_id: actionId,
    value: buttonValue(ticketId),
  };
  if (style !== undefined) element.style = style;
  return element;
}

function actionsBlock(ticket: HandoffTicket): KnownBlock | undefined {
  if (ticket.state === 'resolved') return undefined;
  const elements: Button[] = [
    button('Send draft', ACTION_SEND_DRAFT, ticket.id, 'primary'),
    button('Edit and send', ACTION_EDIT_SEND, ticket.id),
  ];
  if (ticket.state === 'open') elements.push(button('Take over', ACTION_TAKE_OVER, ticket.id));
  elements.push(button('Hand back to bot', ACTION_HAND_BACK, ticket.id), button('Resolve', ACTION_RESOLVE, ticket.id));
  return { type: 'actions', block_id: `pronto_ticket_${ticket.id}`.slice(0, 255), elements };
}

/** Keeps within Slack's block count, dropping from the middle (old turns) and keeping the buttons. */
function fitBlocks(blocks: KnownBlock[], actions: KnownBlock | undefined): KnownBlock[] {
  const room = MESSAGE_MAX_BLOCKS - (actions === undefined ? 0 : 1);
  const kept = blocks.length <= room ? blocks : [...blocks.slice(0, room - 4), ...blocks.slice(-4)];
  return actions === undefined ? kept : [...kept, actions];
}

function fallbackText(ticket: HandoffTicket, timeZone: string): string {
  const reasons = ticket.reasons.length > 0 ? ` (${ticket.reasons.join(', ')})` : '';
  const deadline = formatClock(new Date(ticket.deadlineAt), timeZone);
  return `${ticket.priority} handoff${reasons}: ${customerLabel(ticket)} on ${channelName(ticket.channel)}, reply by ${deadline}`;
}
