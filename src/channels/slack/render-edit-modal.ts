// "Edit and send": a modal with the bot's draft, limited as the customer's channel limits it (one
// post on X in public), and the check of what the agent submits.
import type { types } from '@slack/bolt';
import { MAX_TWEET_CHARS, countTweetChars } from '../../llm/fit-to-channel.ts';
import type { HandoffTicket } from './handoff-ticket.ts';
import { INPUT_MAX_CHARS } from './render-limits.ts';

export const EDIT_CALLBACK_ID = 'pronto_edit_submit';
/** Where the view_submission handler finds the text: `view.state.values[block][action].value`. */
export const EDIT_BLOCK_ID = 'pronto_reply';
export const EDIT_ACTION_ID = 'pronto_reply_text';

/** X's limit for one DM. */
export const MAX_X_DM_CHARS = 10_000;

/** The limit of a reply to this ticket's customer, in the channel's own way of counting. */
export function replyLimitOf(ticket: Pick<HandoffTicket, 'channel' | 'kind'>): { maxChars: number; countsAsX: boolean } {
  const publicOnX = ticket.channel === 'twitter' && ticket.kind === 'mention';
  return { maxChars: publicOnX ? MAX_TWEET_CHARS : MAX_X_DM_CHARS, countsAsX: publicOnX };
}

export function renderEditModal(ticket: HandoffTicket, options: { maxChars?: number } = {}): types.ModalView {
  const limit = replyLimitOf(ticket);
  const maxChars = options.maxChars ?? limit.maxChars;
  const hint = limit.countsAsX
    ? `Public reply on X: at most ${maxChars} characters as X counts them (links count as 23, emoji as 2).`
    : `Private reply: at most ${maxChars} characters.`;
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
        hint: { type: 'plain_text', text: hint },
        element: {
          type: 'plain_text_input',
          action_id: EDIT_ACTION_ID,
          multiline: true,
          initial_value: ticket.draft,
          // Slack counts plain characters and caps max_length at 3000; X counts links as 23, so
          // the input may hold a longer draft and validateEditedReply has the last word.
          max_length: Math.min(INPUT_MAX_CHARS, Math.max(maxChars, ticket.draft.length)),
        },
      },
    ],
  };
}

export type EditedReply = { ok: true; text: string } | { ok: false; error: string };

/** The agent's text, trimmed, or why it cannot be sent (shown under the input by the modal). */
export function validateEditedReply(text: string, options: { maxChars: number; countsAsX?: boolean }): EditedReply {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: 'Write a reply before sending' };
  const length = options.countsAsX === true ? countTweetChars(trimmed) : [...trimmed].length;
  if (length > options.maxChars) {
    const where = options.countsAsX === true ? 'X allows' : 'the limit is';
    return { ok: false, error: `The reply has ${length} characters; ${where} ${options.maxChars}` };
  }
  return { ok: true, text: trimmed };
}
