// What the desk's Slack handlers share: rendering and refreshing a ticket's message, the
// per-ticket lock, conversation mode changes and delivering an agent's words to the customer.
import type { App } from '@slack/bolt';
import type { DmAction, ReplyAction } from '../../core/model.ts';
import { nextConversationMode, type HandoffEvent } from '../../core/handoff.ts';
import {
  appendTranscript,
  recordSent,
  resolveTicket,
  takeTicket,
  type HandoffTicket,
  type TicketTransition,
} from './handoff-ticket.ts';
import { renderHandoffMessage } from './render-handoff-message.ts';
import { renderReplyNotSent, renderReplySent } from './render-reply-outcome.ts';
import { showCustomerText } from './show-customer-text.ts';
import type { SlackDeskDeps } from './create-slack-desk.ts';

export type DeskContext = ReturnType<typeof createDeskContext>;

export function createDeskContext(deps: SlackDeskDeps, app: App) {
  const { config, tickets, log } = deps;
  const render = (ticket: HandoffTicket) => renderHandoffMessage(ticket, { now: deps.now(), timeZone: config.timeZone });

  async function refresh(ticket: HandoffTicket): Promise<void> {
    if (!ticket.slack) return;
    const message = render(ticket);
    await app.client.chat.update({
      channel: ticket.slack.channel,
      ts: ticket.slack.ts,
      text: message.text,
      blocks: message.blocks,
    });
  }

  async function setConversationMode(conversationKey: string, event: HandoffEvent): Promise<void> {
    await deps.conversations.withConversationLock(conversationKey, async () => {
      const state = (await deps.conversations.loadConversation(conversationKey)) ?? {
        mode: 'bot' as const,
        customerPosts: 0,
        updatedAt: deps.now().toISOString(),
      };
      const mode = nextConversationMode(state.mode, event) ?? state.mode;
      await deps.conversations.saveConversation(conversationKey, { ...state, mode, updatedAt: deps.now().toISOString() });
    });
  }

  /**
   * Runs `work` on the freshest copy of a ticket while no one else (another click, another
   * replica, the deadline sweep) changes it, so no update is lost.
   */
  function lockTicket<T>(id: string, work: (ticket: HandoffTicket | undefined) => Promise<T>): Promise<T> {
    return deps.conversations.withConversationLock(`desk-ticket:${id}`, async () => work(await tickets.load(id)));
  }

  /**
   * Sends `text` to the customer through the conversation's stored reply address: `reply` where
   * the conversation is, `dm` in a direct message (a draft written for the DM the bot opened).
   */
  async function sendToCustomer(ticket: HandoffTicket, agent: string, text: string, to: 'reply' | 'dm'): Promise<void> {
    const state = await deps.conversations.loadConversation(ticket.conversationKey);
    const channel = deps.channels.get(ticket.channel);
    if (!state?.replyAddress || !channel) {
      throw new Error(
        `no way back to this customer: ${channel ? 'no reply address stored' : `channel ${ticket.channel} is off`}`,
      );
    }
    const action: ReplyAction | DmAction = {
      event: `agent-${ticket.id}-${ticket.sent.length + 1}`,
      type: to,
      channel: ticket.channel,
      to: ticket.customer.id,
      lang: ticket.customer.lang,
      text,
      sources: [],
    };
    await channel.send(action, state.replyAddress);
    // Part of the conversation from now on: the next handoff (and a drafting model) reads it.
    await deps.conversations.appendTurn(ticket.conversationKey, {
      from: 'agent',
      text,
      at: deps.now().toISOString(),
      id: action.event,
      kind: ticket.kind === 'dm' || to === 'dm' ? 'dm' : 'reply',
      author: agent,
    });
  }

  /** Posts in the ticket's thread. Runs after Slack got its answer, so a failure is logged, not thrown. */
  async function tellThread(ticket: HandoffTicket, text: string): Promise<void> {
    if (!ticket.slack) return;
    try {
      await app.client.chat.postMessage({ channel: ticket.slack.channel, thread_ts: ticket.slack.ts, text });
    } catch (error) {
      log.error({ err: error, ticket: ticket.id }, 'slack.thread_note_failed');
    }
  }

  /**
   * Sends an agent's reply and says in the thread whether it went out (as the customer got it)
   * or not and why, so a slow or failing channel never leaves the agent guessing. True when sent.
   */
  async function sendReply(ticket: HandoffTicket, agent: string, text: string, to: 'reply' | 'dm' = 'reply'): Promise<boolean> {
    try {
      await sendToCustomer(ticket, agent, text, to);
    } catch (error) {
      log.error({ err: error, ticket: ticket.id, agent }, 'slack.agent_reply_failed');
      // The channel's error may quote what it was sent: masked and escaped like customer text.
      await tellThread(ticket, renderReplyNotSent(ticket, agent, showCustomerText((error as Error).message), text));
      return false;
    }
    await tellThread(ticket, renderReplySent(ticket, agent, text, to));
    return true;
  }

  /**
   * Work done after Slack got its answer (ack): Bolt can no longer show an error, so one is
   * logged and told in the thread.
   */
  async function afterAck(ticket: HandoffTicket, agent: string, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      log.error({ err: error, ticket: ticket.id, agent }, 'slack.after_ack_failed');
      const reason = showCustomerText((error as Error).message);
      await tellThread(ticket, `:warning: <@${agent}>, Pronto could not finish this: ${reason}. Check the thread before trying again.`);
    }
  }

  /**
   * Sending the draft (or an edit) on a handoff nobody had taken answers it: the handoff is
   * resolved and the bot takes the conversation again. An agent who took over keeps it.
   */
  async function completeIfUnowned(before: HandoffTicket, after: HandoffTicket, agent: string): Promise<HandoffTicket> {
    if (before.state !== 'open') return after;
    const resolved = resolveTicket(after, agent, deps.now(), { timeZone: config.timeZone });
    if ('refused' in resolved) return after;
    await setConversationMode(after.conversationKey, 'resolved');
    return resolved.ticket;
  }

  /** The ticket after an agent's reply went out: recorded, in the transcript, measured. */
  function afterAgentReply(ticket: HandoffTicket, agent: string, text: string, edited: boolean): HandoffTicket {
    const at = deps.now();
    if (ticket.sent.length === 0)
      deps.metrics.firstHumanResponseSeconds.observe(Math.max(0, at.getTime() - Date.parse(ticket.openedAt)) / 1000);
    deps.metrics.draftsSent.inc({ edited: String(edited), composer: ticket.draftBy ?? 'templates' });
    log.info({ ticket: ticket.id, agent, edited }, 'slack.agent_reply_sent');
    const sent = recordSent(ticket, { by: agent, at: at.toISOString(), text, edited });
    // recordSent adds the agent's turn; a refused one (the ticket moved on meanwhile) still went out.
    return 'refused' in sent ? appendTranscript(ticket, { from: 'agent', text, at: at.toISOString(), by: agent }) : sent.ticket;
  }

  return {
    app,
    deps,
    render,
    refresh,
    setConversationMode,
    lockTicket,
    tellThread,
    sendReply,
    afterAck,
    completeIfUnowned,
    afterAgentReply,
  };
}

/** "Send draft" on an open ticket takes it for the agent first; on their own ticket it just sends. */
export function takeTicketIfOpen(ticket: HandoffTicket, agent: string, at: Date, timeZone: string): TicketTransition {
  if (ticket.state === 'taken' && ticket.takenBy === agent) return { ticket };
  return takeTicket(ticket, agent, at, { timeZone });
}
