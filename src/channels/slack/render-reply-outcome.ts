// What agents read in a ticket's thread about their replies: that one went out (quoted as the
// customer got it), that one did not and why, and that files stay in Slack. Replies are sent
// after Slack got its answer, so the thread is where their outcome is told.
import type { HandoffTicket } from '../../desk/handoff-ticket.ts';
import { customerLabel } from './render-handoff-message.ts';
import { sentPlaceName } from '../../desk/channel-names.ts';
import { THREAD_TEXT_MAX_CHARS } from './render-limits.ts';
import { quoteCustomerText } from './show-customer-text.ts';

export const FILES_NOT_SENT =
  ':paperclip: Files stay in Slack: Pronto sends only the text of a message to the customer.';

/** `to`: how it went, a reply where the customer wrote or a DM. */
export function renderReplySent(ticket: HandoffTicket, agent: string, text: string, to: 'reply' | 'dm' = 'reply'): string {
  return `:outbox_tray: <@${agent}> sent to ${customerLabel(ticket)} (${sentPlaceName(ticket, to)}):\n${quoteCustomerText(text, THREAD_TEXT_MAX_CHARS)}`;
}

/**
 * `reason` is mrkdwn (a refusal naming `<@U…>`, a length check, the channel's error escaped by
 * the caller); the agent's `text` is quoted so nothing they wrote is lost.
 */
export function renderReplyNotSent(ticket: HandoffTicket, agent: string, reason: string, text?: string): string {
  const quoted = text === undefined || text.trim() === '' ? '' : `\n${quoteCustomerText(text, THREAD_TEXT_MAX_CHARS)}`;
  return `:warning: <@${agent}>, this reply was *not sent* to ${customerLabel(ticket)}: ${reason.trim().replace(/[.!]+$/, '')}.${quoted}`;
}
