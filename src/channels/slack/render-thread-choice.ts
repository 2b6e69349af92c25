// What agents see around a thread: the choice when they type in a thread the bot still owns
// (Chatwoot's "take over / send only this"), the reminder before a deadline, and the alarm after.
import type { types } from '@slack/bolt';
import type { HandoffTicket } from '../../desk/handoff-ticket.ts';
import { customerLabel, describeDeadline, PRIORITY_EMOJI } from './render-handoff-message.ts';
import type { SlackMessage } from './render-handoff-message.ts';
import { buttonValue } from './render-limits.ts';
import { formatClock } from '../../desk/format-time.ts';

export const ACTION_THREAD_TAKE_OVER = 'pronto_thread_take_over';
export const ACTION_THREAD_SEND_ONCE = 'pronto_thread_send_once';

/** What the thread-choice buttons carry: the ticket and the agent's Slack message to relay. */
export interface ThreadChoiceValue {
  ticketId: string;
  messageTs: string;
}

export function parseThreadChoiceValue(value: string): ThreadChoiceValue | undefined {
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { ticketId, messageTs } = parsed as Record<string, unknown>;
    return typeof ticketId === 'string' && typeof messageTs === 'string' ? { ticketId, messageTs } : undefined;
  } catch {
    return undefined;
  }
}

/** The ephemeral message for an agent who wrote in a thread the bot still owns. */
export function renderThreadChoice(ticket: HandoffTicket, messageTs: string): SlackMessage {
  const value = buttonValue(JSON.stringify({ ticketId: ticket.id, messageTs } satisfies ThreadChoiceValue));
  const text =
    `The bot still owns this conversation with ${customerLabel(ticket)}. ` +
    'Take it over (the bot stays quiet until you hand it back), or send only this message?';
  const buttons: types.Button[] = [
    { type: 'button', action_id: ACTION_THREAD_TAKE_OVER, style: 'primary', value, text: { type: 'plain_text', text: 'Take over and send' } },
    { type: 'button', action_id: ACTION_THREAD_SEND_ONCE, value, text: { type: 'plain_text', text: 'Send only this' } },
  ];
  return {
    text,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text } },
      { type: 'actions', elements: buttons },
    ],
  };
}

/** Posted in the thread before the first-response deadline passes. */
export function renderReminder(ticket: HandoffTicket, now: Date, timeZone = 'UTC'): string {
  return (
    `${PRIORITY_EMOJI[ticket.priority]} Reminder: ${customerLabel(ticket)} is still waiting; ` +
    `${describeDeadline(ticket, now, timeZone)}.`
  );
}

/** Posted in the thread when the deadline passed, calling the on-call group when there is one. */
export function renderDeadlineMissed(ticket: HandoffTicket, onCallGroupId?: string, timeZone = 'UTC'): string {
  const who = onCallGroupId === undefined ? '' : `<!subteam^${onCallGroupId}> `;
  const deadline = formatClock(new Date(ticket.deadlineAt), timeZone);
  return (
    `${who}:rotating_light: Missed first-response deadline (${deadline}) for ${customerLabel(ticket)}, ` +
    `priority ${ticket.priority}: please answer now.`
  );
}
