// The thread bridge: an agent's reply in a handoff thread goes to the customer on their
// channel; typing in a thread the bot still owns offers "take over" or "send only this".
import type { BlockAction, ButtonAction } from '@slack/bolt';
import { takeTicket, type HandoffTicket } from './handoff-ticket.ts';
import {
  ACTION_THREAD_SEND_ONCE,
  ACTION_THREAD_TAKE_OVER,
  parseThreadChoiceValue,
  renderThreadChoice,
} from './render-thread-choice.ts';
import type { DeskContext } from './desk-context.ts';

export function registerThreadBridge(desk: DeskContext): void {
  const { app, deps, refresh, setConversationMode, lockTicket, sendToCustomer, afterAgentReply } = desk;
  const { config, tickets } = deps;

  // Thread bridge: an agent's reply in a handoff thread goes to the customer on their channel.
  app.message(async ({ message, body }) => {
    const event = message as {
      subtype?: string;
      bot_id?: string;
      user?: string;
      text?: string;
      ts: string;
      thread_ts?: string;
      channel: string;
    };
    // Bots (Pronto itself included) and edits never relay: no echo loops.
    if (
      event.subtype !== undefined ||
      event.bot_id !== undefined ||
      !event.user ||
      !event.thread_ts ||
      event.thread_ts === event.ts
    )
      return;
    const eventId = (body as { event_id?: string }).event_id;
    // Slack redelivers events it thinks were missed (x-slack-retry-num): handle each once.
    if (eventId && !(await deps.conversations.claimMessage(`slack-event:${eventId}`))) return;
    const ticket = await tickets.ofThread(event.channel, event.thread_ts);
    if (!ticket || !event.text) return;
    if (ticket.state === 'taken' && ticket.takenBy === event.user) {
      await relayAgentReply(ticket, event.user, event.text);
      return;
    }
    const choice = renderThreadChoice(ticket, event.ts);
    await app.client.chat.postEphemeral({
      channel: event.channel,
      user: event.user,
      thread_ts: event.thread_ts,
      text: choice.text,
      blocks: choice.blocks,
    });
  });

  async function relayAgentReply(ticket: HandoffTicket, agent: string, text: string): Promise<void> {
    await sendToCustomer(ticket, text);
    await lockTicket(ticket.id, async (fresh) => {
      const next = afterAgentReply(fresh ?? ticket, agent, text, true);
      await tickets.save(next);
      await refresh(next);
    });
  }

  async function threadChoice(body: BlockAction, takeOver: boolean): Promise<void> {
    const action = body.actions[0] as ButtonAction | undefined;
    const choice = action?.value ? parseThreadChoiceValue(action.value) : undefined;
    const ticket = choice ? await tickets.load(choice.ticketId) : undefined;
    if (!choice || !ticket?.slack) return;
    const replies = await app.client.conversations.replies({ channel: ticket.slack.channel, ts: ticket.slack.ts });
    const text = replies.messages?.find((reply) => reply.ts === choice.messageTs)?.text;
    if (!text) return;
    let current = ticket;
    if (takeOver) {
      const taken = takeTicket(ticket, body.user.id, deps.now(), { timeZone: config.timeZone });
      if ('refused' in taken) {
        await app.client.chat.postEphemeral({ channel: ticket.slack.channel, user: body.user.id, text: taken.refused });
        return;
      }
      await setConversationMode(ticket.conversationKey, 'agent-took-over');
      current = taken.ticket;
    }
    await relayAgentReply(current, body.user.id, text);
  }

  app.action(ACTION_THREAD_TAKE_OVER, async ({ ack, body }) => {
    await ack();
    await threadChoice(body as BlockAction, true);
  });
  app.action(ACTION_THREAD_SEND_ONCE, async ({ ack, body }) => {
    await ack();
    await threadChoice(body as BlockAction, false);
  });
}
