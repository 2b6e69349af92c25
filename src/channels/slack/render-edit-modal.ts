// "Edit and send": a modal with the bot's draft, limited as the customer's channel limits it (one
// post on X in public), and the check of what the agent submits. The draft shows with personal
// data masked; sent unchanged, the real draft goes out.
import type { types } from '@slack/bolt';
import { maskPersonalData } from '../../privacy/mask-personal-data.ts';
import type { HandoffTicket } from '../../desk/handoff-ticket.ts';
import { describeReplyLimit, draftPlaceOf, replyLimitOf, validateAgentReply, type AgentReply } from '../../desk/validate-agent-reply.ts';
import { INPUT_MAX_CHARS, limitText } from './render-limits.ts';

export const EDIT_CALLBACK_ID = 'pronto_edit_submit';
/** Where the view_submission handler finds the text: `view.state.values[block][action].value`. */
export const EDIT_BLOCK_ID = 'pronto_reply';
export const EDIT_ACTION_ID = 'pronto_reply_text';

/**
 * The draft as the input shows it: masked, and within what Slack lets an input hold (a longer
 * initial_value makes Slack reject the whole view).
 */
export function initialValueOf(draft: string): string {
  return limitText(maskPersonalData(draft), INPUT_MAX_CHARS);
}

export function renderEditModal(ticket: HandoffTicket, options: { maxChars?: number } = {}): types.ModalView {
  const maxChars = options.maxChars ?? replyLimitOf(draftPlaceOf(ticket)).maxChars;
  const masked = maskPersonalData(ticket.draft);
  const initial = initialValueOf(ticket.draft);
  const hints = [describeReplyLimit(ticket, maxChars)];
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

/** The agent's text from the edit window, checked against what the window showed (masked, maybe cut). */
export function validateEditedReply(text: string, ticket: HandoffTicket): AgentReply {
  return validateAgentReply(text, { ...replyLimitOf(draftPlaceOf(ticket)), draft: ticket.draft, shownDraft: initialValueOf(ticket.draft) });
}
