// One handoff as the agents' desk keeps it (JSON-serializable, stored as is), and the pure
// transitions agents' clicks cause, whichever view they click in (Slack, the Studio). A refused
// transition carries the sentence the agent sees.
// What customers and agents wrote enters the ticket with personal data masked (PLAYBOOK: masked
// for agents); the draft, which may be sent as is, only with card numbers masked (never shown in
// full anywhere) and is masked for display by the renderers.
import { PRIORITIES, type ChannelId, type HandoffAction, type InboundMessage, type MessageKind, type Priority } from '../core/model.ts';
import { maskCardNumbers, maskPersonalData } from '../privacy/mask-personal-data.ts';
import type { ConversationTurn } from '../core/ports.ts';
import { commentUrlOf } from '../channels/facebook/comment-id-of.ts';
import { formatClock } from './format-time.ts';

export type TicketState = 'open' | 'taken' | 'resolved';

export interface TicketCustomer {
  id: string;
  name?: string;
  handle?: string;
  followers?: number;
  verified?: boolean;
  lang: string;
}

export interface TicketSource {
  id: string;
  title: string;
}

export interface TranscriptTurn {
  /** `referenced`: the post the customer replied to or quoted, by `author`. */
  from: 'customer' | 'bot' | 'agent' | 'referenced';
  text: string;
  /** ISO time. */
  at: string;
  /** Slack user id of the agent, for agent turns. */
  by?: string;
  /** The inbound message of a customer turn: the same message never becomes two turns. */
  messageId?: string;
  /** Handle of the author of a `referenced` post. */
  author?: string;
}

export interface SentReply {
  by: string;
  at: string;
  text: string;
  /** False when the agent sent the bot's draft as is: tells how good the drafts are. */
  edited: boolean;
}

export interface HandoffTicket {
  id: string;
  conversationKey: string;
  channel: ChannelId;
  kind: MessageKind;
  customer: TicketCustomer;
  postUrl?: string;
  priority: Priority;
  reasons: string[];
  openedAt: string;
  deadlineAt: string;
  /** One line on what the customer wants, their mood and reach (absent on tickets stored before it existed). */
  summary?: string;
  draft: string;
  /** Where Send draft sends the draft (see draftTargetOf). */
  draftFor?: HandoffAction['draftFor'];
  /** Who wrote the draft: `templates`, a model's name, or `none`. */
  draftBy?: string;
  sources: TicketSource[];
  transcript: TranscriptTurn[];
  state: TicketState;
  takenBy?: string;
  takenAt?: string;
  /** Who closed the ticket and how: resolved, or handed back to the bot. */
  closedBy?: string;
  closedAt?: string;
  closedAs?: 'resolved' | 'handed-back';
  sent: SentReply[];
  /** Where the Slack view shows the ticket: its message, whose thread is the conversation. */
  slack?: { channel: string; ts: string };
  /** When to remind the desk if nobody has answered yet (ISO). */
  remindAt?: string;
  /** The reminder was posted. */
  reminded?: boolean;
  /** The deadline passed without an answer and the on-call group was called. */
  missed?: boolean;
}

export type TicketTransition = { ticket: HandoffTicket } | { refused: string };

export interface OpenTicketInput {
  id: string;
  conversationKey: string;
  handoff: HandoffAction;
  message: InboundMessage;
  deadlineAt: Date;
  openedAt: Date;
  sources: TicketSource[];
  /**
   * The conversation so far, oldest first (transcriptOf the store's history); the handed-off
   * message is appended unless it is there already.
   */
  earlier?: TranscriptTurn[];
}

export function openHandoffTicket(input: OpenTicketInput): HandoffTicket {
  const { message, handoff } = input;
  const { author } = message;
  const customer: TicketCustomer = { id: author.id, lang: handoff.lang };
  if (author.name !== undefined) customer.name = author.name;
  if (author.handle !== undefined) customer.handle = author.handle;
  if (author.followers !== undefined) customer.followers = author.followers;
  if (author.verified !== undefined) customer.verified = author.verified;
  const handedOffTurn: TranscriptTurn = { from: 'customer', text: message.text, at: message.at, messageId: message.id };
  const ticket: HandoffTicket = {
    id: input.id,
    conversationKey: input.conversationKey,
    channel: message.channel,
    kind: message.kind,
    customer,
    priority: handoff.priority,
    reasons: [...handoff.reasons],
    openedAt: input.openedAt.toISOString(),
    deadlineAt: input.deadlineAt.toISOString(),
    summary: handoff.summary,
    draft: maskCardNumbers(handoff.draft),
    draftFor: handoff.draftFor,
    draftBy: handoff.draftBy,
    sources: input.sources,
    transcript: withTurn(input.earlier ?? [], handedOffTurn).map(maskTurn),
    state: 'open',
    sent: [],
  };
  const postUrl = postUrlOf(message);
  if (postUrl !== undefined) ticket.postUrl = postUrl;
  return ticket;
}

/** The conversation's history (ConversationStore.loadTurns) as the ticket's transcript. */
export function transcriptOf(history: readonly ConversationTurn[]): TranscriptTurn[] {
  return history.map(({ from, text, at, id, author }) => {
    const turn: TranscriptTurn = { from, text, at };
    if (from === 'customer' && id !== undefined) turn.messageId = id;
    if (from === 'agent' && author !== undefined) turn.by = author;
    if (from === 'referenced' && author !== undefined) turn.author = author;
    return turn;
  });
}

function withTurn(transcript: readonly TranscriptTurn[], turn: TranscriptTurn): TranscriptTurn[] {
  const kept = turn.messageId !== undefined && transcript.some((earlier) => earlier.messageId === turn.messageId);
  return kept ? [...transcript] : [...transcript, turn];
}

/**
 * Where the draft goes: a DM when the handoff says so (the bot moved the conversation there) or
 * the conversation is one; else a public reply where the customer wrote.
 */
export function draftTargetOf(ticket: Pick<HandoffTicket, 'kind' | 'draftFor'>): HandoffAction['draftFor'] {
  return ticket.draftFor ?? (ticket.kind === 'dm' ? 'dm' : 'reply');
}

/**
 * Who wrote the draft and from which entries, as every view says it ("written by the model
 * `gpt-4o-mini` from `ricarica`"); `name` formats the model's name and the entry ids for the
 * view. Nothing for a handoff without a draft: a model's draft is the one to read most carefully.
 */
export function describeDraftAuthor(ticket: Pick<HandoffTicket, 'draftBy' | 'sources'>, name: (text: string) => string): string | undefined {
  const by = ticket.draftBy;
  if (by === undefined || by === 'none') return undefined;
  const author = by === 'templates' ? 'the reply templates' : `the model ${name(by)}`;
  const entries = ticket.sources.length === 0 ? '' : ` from ${ticket.sources.map((source) => name(source.id)).join(', ')}`;
  return `written by ${author}${entries}`;
}

/** Link to the customer's public post, where the channel has one. */
export function postUrlOf(message: InboundMessage): string | undefined {
  if (message.channel === 'facebook' && message.kind === 'mention') return commentUrlOf(message.id);
  if (message.channel !== 'twitter' || message.kind !== 'mention' || message.author.handle === undefined) return undefined;
  return `https://x.com/${encodeURIComponent(message.author.handle)}/status/${encodeURIComponent(message.id)}`;
}

function maskTurn(turn: TranscriptTurn): TranscriptTurn {
  return { ...turn, text: maskPersonalData(turn.text) };
}

/** Adds a later turn (the customer's next post, the bot's reply) with personal data masked. */
export function appendTranscript(ticket: HandoffTicket, turn: TranscriptTurn): HandoffTicket {
  return { ...ticket, transcript: [...ticket.transcript, maskTurn(turn)] };
}

/** Whether the customer's message `messageId` is in the ticket already. */
export function hasMessage(ticket: HandoffTicket, messageId: string): boolean {
  return ticket.transcript.some((turn) => turn.messageId === messageId);
}

export interface MergedHandoff {
  ticket: HandoffTicket;
  /** The message was new to the ticket and became a turn. */
  appended: boolean;
  /** Reasons the ticket did not have yet. */
  addedReasons: string[];
}

/** The reason the service gives when it hands over a message whose reply could not be delivered. */
export const DELIVERY_FAILED = 'delivery-failed';

/**
 * The same conversation handed off again: one ticket, the higher priority, the original reasons
 * plus the new ones, and the new post's draft and summary. A message already in the ticket (a
 * failed delivery hands the same message over a second time) adds no turn; its failed reply does
 * not replace the draft written for it.
 */
export function mergeHandoff(ticket: HandoffTicket, handoff: HandoffAction, message: InboundMessage): MergedHandoff {
  const known = hasMessage(ticket, message.id);
  const addedReasons = [...new Set(handoff.reasons)].filter((reason) => !ticket.reasons.includes(reason));
  const keepsDraft = handoff.draft === '' || (known && handoff.reasons.includes(DELIVERY_FAILED) && ticket.draft !== '');
  const merged: HandoffTicket = {
    ...ticket,
    priority: PRIORITIES.indexOf(handoff.priority) > PRIORITIES.indexOf(ticket.priority) ? handoff.priority : ticket.priority,
    reasons: [...ticket.reasons, ...addedReasons],
    ...(keepsDraft
      ? {}
      : { summary: handoff.summary, draft: maskCardNumbers(handoff.draft), draftFor: handoff.draftFor, draftBy: handoff.draftBy }),
  };
  if (known) return { ticket: merged, appended: false, addedReasons };
  const turn: TranscriptTurn = { from: 'customer', text: message.text, at: message.at, messageId: message.id };
  return { ticket: appendTranscript(merged, turn), appended: true, addedReasons };
}

export interface TicketTextOptions {
  /** Time zone the refusal sentences show times in (the desk's). */
  timeZone?: string;
  /** How a refusal names an agent: Slack's mention `<@U…>` by default, a name in other views. */
  agentLabel?: (agent: string) => string;
}

function clockOf(iso: string | undefined, options: TicketTextOptions): string {
  return iso === undefined ? '?' : formatClock(new Date(iso), options.timeZone ?? 'UTC');
}

/** Why `agent` may not act on `ticket`, or undefined when they may. */
function refusalFor(ticket: HandoffTicket, agent: string, options: TicketTextOptions): string | undefined {
  const label = options.agentLabel ?? ((id: string) => `<@${id}>`);
  if (ticket.state === 'resolved') {
    const how = ticket.closedAs === 'handed-back' ? 'handed back to the bot' : 'resolved';
    return `This conversation was ${how} by ${label(ticket.closedBy ?? '?')} at ${clockOf(ticket.closedAt, options)}`;
  }
  if (ticket.state === 'taken' && ticket.takenBy !== agent) {
    return `Already taken by ${label(ticket.takenBy ?? '?')} at ${clockOf(ticket.takenAt, options)}`;
  }
  return undefined;
}

/** The agent owns the conversation; taking it again is a no-op, not an error. */
export function takeTicket(ticket: HandoffTicket, agent: string, at: Date, options: TicketTextOptions = {}): TicketTransition {
  const refused = refusalFor(ticket, agent, options);
  if (refused !== undefined) return { refused };
  if (ticket.state === 'taken') return { ticket };
  return { ticket: { ...ticket, state: 'taken', takenBy: agent, takenAt: at.toISOString() } };
}

/** Gives the conversation back to the bot: the ticket closes as handed back. */
export function handBackTicket(ticket: HandoffTicket, agent: string, at: Date, options: TicketTextOptions = {}): TicketTransition {
  return close(ticket, agent, at, 'handed-back', options);
}

export function resolveTicket(ticket: HandoffTicket, agent: string, at: Date, options: TicketTextOptions = {}): TicketTransition {
  return close(ticket, agent, at, 'resolved', options);
}

function close(
  ticket: HandoffTicket,
  agent: string,
  at: Date,
  closedAs: 'resolved' | 'handed-back',
  options: TicketTextOptions,
): TicketTransition {
  const refused = refusalFor(ticket, agent, options);
  if (refused !== undefined) return { refused };
  return { ticket: { ...ticket, state: 'resolved', closedBy: agent, closedAt: at.toISOString(), closedAs } };
}

/**
 * Records a reply an agent sent to the customer. Sending makes the agent the owner of an open
 * ticket (the bot stays quiet after a human spoke); it does not resolve it.
 */
export function recordSent(ticket: HandoffTicket, reply: SentReply, options: TicketTextOptions = {}): TicketTransition {
  const refused = refusalFor(ticket, reply.by, options);
  if (refused !== undefined) return { refused };
  if (reply.text.trim() === '') return { refused: 'Write a reply before sending' };
  const text = maskPersonalData(reply.text);
  const owned = ticket.state === 'open' ? { state: 'taken' as const, takenBy: reply.by, takenAt: reply.at } : {};
  return {
    ticket: {
      ...ticket,
      ...owned,
      sent: [...ticket.sent, { ...reply, text }],
      transcript: [...ticket.transcript, { from: 'agent', text, at: reply.at, by: reply.by }],
    },
  };
}
