// What an agent may send a customer, whichever view they write it in: not empty, within the
// limit of where it goes (one post on X in public, as X counts), and without data that was masked
// for display (it would reach the customer as asterisks).
import { MAX_X_DM_CHARS, countTweetChars, maxReplyChars } from '../llm/fit-to-channel.ts';
import { maskPersonalData } from '../privacy/mask-personal-data.ts';
import { draftTargetOf, type HandoffTicket } from './handoff-ticket.ts';

/** The limit of a reply to this ticket's customer, in the channel's own way of counting. */
export function replyLimitOf(ticket: Pick<HandoffTicket, 'channel' | 'kind'>): { maxChars: number; countsAsX: boolean } {
  const publicOnX = ticket.channel === 'twitter' && ticket.kind === 'mention';
  // Channels without a limit of their own get X's DM limit: no agent writes more in one reply.
  return { maxChars: maxReplyChars(ticket) ?? MAX_X_DM_CHARS, countsAsX: publicOnX };
}

/** Where the draft is sent, as a reply limit reads it: a DM draft of a public post is private. */
export function draftPlaceOf(ticket: Pick<HandoffTicket, 'channel' | 'kind' | 'draftFor'>): Pick<HandoffTicket, 'channel' | 'kind'> {
  return { channel: ticket.channel, kind: draftTargetOf(ticket) === 'dm' ? 'dm' : ticket.kind };
}

/** The limit of where the draft goes, as the agent reads it next to the input (`maxChars`: a view's own cap). */
export function describeReplyLimit(ticket: Pick<HandoffTicket, 'channel' | 'kind' | 'draftFor'>, maxChars?: number): string {
  const place = draftPlaceOf(ticket);
  const limit = replyLimitOf(place);
  const chars = maxChars ?? limit.maxChars;
  if (limit.countsAsX) return `Public reply on X: at most ${chars} characters as X counts them (links count as 23, emoji as 2).`;
  return `${place.kind === 'mention' ? 'Public' : 'Private'} reply: at most ${chars} characters.`;
}

export type AgentReply = { ok: true; text: string } | { ok: false; error: string };

export interface AgentReplyCheck {
  maxChars: number;
  countsAsX?: boolean;
  /** The ticket's draft, when the text comes from a form that showed it masked. */
  draft?: string;
  /** The draft as the form showed it (default: masked; Slack's input may also cut it). */
  shownDraft?: string;
}

/**
 * The agent's text, trimmed, or why it cannot be sent (shown next to the input). The masked
 * draft submitted unchanged is the draft itself; masked data left in an edited text would reach
 * the customer as asterisks, so it is refused.
 */
export function validateAgentReply(text: string, options: AgentReplyCheck): AgentReply {
  let trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: 'Write a reply before sending' };
  if (options.draft !== undefined) {
    if (trimmed === (options.shownDraft ?? maskPersonalData(options.draft)).trim()) trimmed = options.draft.trim();
    const leftover = maskedWordsOf(options.draft).find((word) => trimmed.includes(word));
    if (leftover !== undefined) return { ok: false, error: `The reply still has masked data (${leftover}): write it out or remove it` };
  }
  const length = options.countsAsX === true ? countTweetChars(trimmed) : [...trimmed].length;
  if (length > options.maxChars) {
    const where = options.countsAsX === true ? 'X allows' : 'the limit is';
    return { ok: false, error: `The reply has ${length} characters; ${where} ${options.maxChars}` };
  }
  return { ok: true, text: trimmed };
}

/** Words the masking changed (`m***@example.com`, `****`): masks keep the spacing, so words line up. */
function maskedWordsOf(draft: string): string[] {
  const words = draft.split(/\s+/);
  return maskPersonalData(draft)
    .split(/\s+/)
    .filter((word, index) => word !== words[index] && word.includes('*'));
}
