// "Edit and send": a modal with the bot's draft, limited as the customer's channel limits it (one
// post on X in public), and the check of what the agent submits. The draft shows with personal
// data masked; sent unchanged, the real draft goes out.
import type { types } from '@slack/bolt';
import { MAX_X_DM_CHARS, countTweetChars, maxReplyChars } from '../../llm/fit-to-channel.ts';
import { maskPersonalData } from '../../privacy/mask-personal-data.ts';
import { draftTargetOf, type HandoffTicket } from './handoff-ticket.ts';
import { INPUT_MAX_CHARS, limitText } from './render-limits.ts';

export const EDIT_CALLBACK_ID = 'pronto_edit_submit';
/** Where the view_submission handler finds the text: `view.state.values[block][action].value`. */
export const EDIT_BLOCK_ID = 'pronto_reply';
export const EDIT_ACTION_ID = 'pronto_reply_text';

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

/**
 * The draft as the input shows it: masked, and within what Slack lets an input hold (a longer
 * initial_value makes Slack reject the whole view).
 */
export function initialValueOf(draft: string): string {
  return limitText(maskPersonalData(draft), INPUT_MAX_CHARS);
}

export function renderEditModal(ticket: HandoffTicket, options: { maxChars?: number } = {}): types.ModalView {
  const place = draftPlaceOf(ticket);
  const limit = replyLimitOf(place);
  const maxChars = options.maxChars ?? limit.maxChars;
  const masked = maskPersonalData(ticket.draft);
  const initial = initialValueOf(ticket.draft);
  const hints = [
    limit.countsAsX
      ? `Public reply on X: at most ${maxChars} characters as X counts them (links count as 23, emoji as 2).`
      : `${place.kind === 'mention' ? 'Public' : 'Private'} reply: at most ${maxChars} characters.`,
  ];
  if (masked !== ticket.draft) hints.push('Personal data in the draft is masked (*): sent unchanged, the draft goes out in full.');
  if (initial !== masked) hints.push(`The draft was cut to the ${INPUT_MAX_CHARS} characters Slack allows here.`);
  return {
    type: 'modal',
    callback_id: EDIT_CALLBACK_ID,
    private_metadata: ticket.id,
    title: { type: 'plain_text', text: 'Edit and send' },
    submit: { type: 'plain_text', text: 'Send' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      {
        type: 'input',
        block_id: EDIT_BLOCK_ID,
        label: { type: 'plain_text', text: 'Reply to the customer' },
        hint: { type: 'plain_text', text: hints.join(' ') },
        element: {
          type: 'plain_text_input',
          action_id: EDIT_ACTION_ID,
          multiline: true,
          ...(initial === '' ? {} : { initial_value: initial }),
          // Slack counts plain characters and caps max_length at 3000; X counts links as 23, so
          // the input may hold a longer draft and validateEditedReply has the last word.
          max_length: Math.min(INPUT_MAX_CHARS, Math.max(maxChars, initial.length)),
        },
      },
    ],
  };
}

export type EditedReply = { ok: true; text: string } | { ok: false; error: string };

export interface ReplyCheck {
  maxChars: number;
  countsAsX?: boolean;
  /** The ticket's draft, when the text comes from the edit modal that showed it masked. */
  draft?: string;
}

/**
 * The agent's text, trimmed, or why it cannot be sent (shown under the input by the modal). The
 * masked draft submitted unchanged is the draft itself; masked data left in an edited text
 * would reach the customer as asterisks, so it is refused.
 */
export function validateEditedReply(text: string, options: ReplyCheck): EditedReply {
  let trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: 'Write a reply before sending' };
  if (options.draft !== undefined) {
    if (trimmed === initialValueOf(options.draft).trim()) trimmed = options.draft.trim();
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
