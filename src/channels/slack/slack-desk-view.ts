// The desk as Slack shows it: a message per handoff (in the urgent channel when there is one),
// updated as the ticket changes, and its thread for everything that happens to it.
import type { App } from '@slack/bolt';
import type { DeskNote, DeskView } from '../../desk/desk-view.ts';
import { DELIVERY_FAILED, type HandoffTicket } from '../../desk/handoff-ticket.ts';
import { customerLabel, renderHandoffMessage } from './render-handoff-message.ts';
import { renderReplyNotSent, renderReplySent } from './render-reply-outcome.ts';
import { renderDeadlineMissed, renderReminder } from './render-thread-choice.ts';
import { THREAD_TEXT_MAX_CHARS } from './render-limits.ts';
import { showCustomerText } from './show-customer-text.ts';
import type { SlackDeskConfig } from './create-slack-desk.ts';

export function createSlackDeskView(app: App, config: SlackDeskConfig, now: () => Date): DeskView {
  const render = (ticket: HandoffTicket) => renderHandoffMessage(ticket, { now: now(), timeZone: config.timeZone });
  return {
    async open(ticket) {
      const channel = ticket.priority === 'urgent' && config.urgentChannel ? config.urgentChannel : config.handoffChannel;
      const rendered = render(ticket);
      const posted = await app.client.chat.postMessage({ channel, text: rendered.text, blocks: rendered.blocks });
      return { slack: { channel: posted.channel ?? channel, ts: posted.ts ?? '' } };
    },
    async refresh(ticket) {
      if (!ticket.slack) return;
      const message = render(ticket);
      await app.client.chat.update({ channel: ticket.slack.channel, ts: ticket.slack.ts, text: message.text, blocks: message.blocks });
    },
    async note(ticket, note) {
      if (!ticket.slack) return {};
      const text = renderNote(ticket, note, config);
      const posted = await app.client.chat.postMessage({ channel: ticket.slack.channel, thread_ts: ticket.slack.ts, text });
      return posted.ts === undefined ? {} : { id: posted.ts };
    },
  };
}

function renderNote(ticket: HandoffTicket, note: DeskNote, config: SlackDeskConfig): string {
  switch (note.kind) {
    case 'customer-wrote':
      return `${customerLabel(ticket)}: ${showCustomerText(note.text, THREAD_TEXT_MAX_CHARS)}`;
    case 'reasons-added':
      return renderAddedReasons(note.reasons);
    case 'reply-sent':
      return renderReplySent(ticket, note.agent, note.text, note.to);
    case 'reply-not-sent':
      // The channel's error may quote what it was sent: masked and escaped like customer text.
      return renderReplyNotSent(ticket, note.agent, showCustomerText(note.error), note.text);
    case 'reminder':
      return renderReminder(ticket, note.now, config.timeZone);
    case 'deadline-missed':
      return renderDeadlineMissed(ticket, config.onCallGroup, config.timeZone);
  }
}

function renderAddedReasons(reasons: readonly string[]): string {
  const list = reasons.join(', ');
  return reasons.includes(DELIVERY_FAILED)
    ? `:warning: More reasons for this message: ${list} (the bot's reply did not reach the customer).`
    : `More reasons for this message: ${list}.`;
}
