// The agents' desk in Slack (Bolt): every handoff becomes a message with the customer, the
// conversation and a drafted reply; buttons let an agent send the draft, take over, hand back
// or resolve; replies typed in the thread reach the customer. Requests are verified by Bolt.
import { randomUUID } from 'node:crypto';
import type { RequestListener } from 'node:http';
import { App, ExpressReceiver, LogLevel, type BlockAction, type ButtonAction } from '@slack/bolt';
import type { HandoffAction, InboundMessage, ReplyAction } from '../../core/model.ts';
import type {
  AgentDesk,
  ConversationStore,
  CustomerChannel,
  KnowledgeIndex,
  Logger,
} from '../../core/ports.ts';
import { conversationKeyOf } from '../../core/responder.ts';
import { nextConversationMode, type HandoffEvent } from '../../core/handoff.ts';
import { firstResponseDeadline } from '../../core/deadlines.ts';
import {
  appendTranscript,
  handBackTicket,
  openHandoffTicket,
  recordSent,
  resolveTicket,
  takeTicket,
  type HandoffTicket,
  type TicketTransition,
} from './handoff-ticket.ts';
import {
  ACTION_HAND_BACK,
  ACTION_RESOLVE,
  ACTION_SEND_DRAFT,
  ACTION_TAKE_OVER,
  renderHandoffMessage,
} from './render-handoff-message.ts';
import type { TicketStore } from './ticket-store.ts';
import { maskCardNumbers } from '../../privacy/mask-personal-data.ts';

export interface SlackDeskConfig {
  botToken: string;
  signingSecret: string;
  /** Channel id where handoffs are posted. */
  handoffChannel: string;
  /** Channel id for `urgent` handoffs, when different. */
  urgentChannel?: string;
  /** Time zone of the desk, for clock times in messages. */
  timeZone: string;
  /** Only for tests and proxies: where the Slack Web API lives (ends with `/api/`). */
  apiUrl?: string;
}

export interface SlackDeskDeps {
  config: SlackDeskConfig;
  tickets: TicketStore;
  conversations: ConversationStore;
  channels: ReadonlyMap<string, CustomerChannel>;
  knowledge: () => KnowledgeIndex;
  log: Logger;
  now: () => Date;
}

export interface SlackDesk extends AgentDesk {
  /** The HTTP handler for `/slack/events` (events, interactivity and slash commands). */
  requestListener: RequestListener;
  /** Checks the token with Slack (auth.test); call once at start. */
  init(): Promise<void>;
}

export const SLACK_EVENTS_PATH = '/slack/events';

export function createSlackDesk(deps: SlackDeskDeps): SlackDesk {
  const { config, tickets, log } = deps;
  const receiver = new ExpressReceiver({
    signingSecret: config.signingSecret,
    endpoints: SLACK_EVENTS_PATH,
    // Handlers finish before Slack gets its 200: a click is never acknowledged and then lost.
    processBeforeResponse: true,
    logLevel: LogLevel.ERROR,
  });
  const app = new App({
    receiver,
    token: config.botToken,
    deferInitialization: true,
    logLevel: LogLevel.ERROR,
    ...(config.apiUrl ? { clientOptions: { slackApiUrl: config.apiUrl } } : {}),
  });

  const render = (ticket: HandoffTicket) => renderHandoffMessage(ticket, { now: deps.now(), timeZone: config.timeZone });

  async function refresh(ticket: HandoffTicket): Promise<void> {
    if (!ticket.slack) return;
    const message = render(ticket);
    await app.client.chat.update({ channel: ticket.slack.channel, ts: ticket.slack.ts, text: message.text, blocks: message.blocks });
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

  /** Sends `text` to the customer where the conversation is, through its stored reply address. */
  async function sendToCustomer(ticket: HandoffTicket, text: string): Promise<void> {
    const state = await deps.conversations.loadConversation(ticket.conversationKey);
    const channel = deps.channels.get(ticket.channel);
    if (!state?.replyAddress || !channel) {
      throw new Error(`no way back to this customer: ${channel ? 'no reply address stored' : `channel ${ticket.channel} is off`}`);
    }
    const reply: ReplyAction = {
      event: `agent-${ticket.id}-${ticket.sent.length + 1}`,
      type: 'reply',
      channel: ticket.channel,
      to: ticket.customer.id,
      lang: ticket.customer.lang,
      text,
      sources: [],
    };
    await channel.send(reply, state.replyAddress);
  }

  /** Applies a transition; a refusal is shown to the agent only, as an ephemeral message. */
  async function apply(
    body: BlockAction,
    transition: (ticket: HandoffTicket, agent: string) => TicketTransition,
    after?: (ticket: HandoffTicket, agent: string) => Promise<HandoffTicket>,
  ): Promise<void> {
    const action = body.actions[0] as ButtonAction | undefined;
    const agent = body.user.id;
    const ticket = action?.value ? await tickets.load(action.value) : undefined;
    const whisper = (text: string) =>
      body.channel ? app.client.chat.postEphemeral({ channel: body.channel.id, user: agent, text }) : Promise.resolve();
    if (!ticket) {
      await whisper('This handoff is no longer known to Pronto (it may have expired).');
      return;
    }
    const result = transition(ticket, agent);
    if ('refused' in result) {
      await whisper(result.refused);
      return;
    }
    let next = result.ticket;
    try {
      if (after) next = await after(next, agent);
    } catch (error) {
      log.error({ err: error, ticket: ticket.id }, 'slack.action_failed');
      await whisper(`That did not work: ${(error as Error).message}. Nothing was sent; try again.`);
      return;
    }
    await tickets.save(next);
    await refresh(next);
  }

  app.action(ACTION_SEND_DRAFT, async ({ ack, body }) => {
    await ack();
    await apply(
      body as BlockAction,
      (ticket, agent) => takeTicketIfOpen(ticket, agent, deps.now(), config.timeZone),
      async (ticket, agent) => {
        await sendToCustomer(ticket, ticket.draft);
        const sent = recordSent(ticket, { by: agent, at: deps.now().toISOString(), text: ticket.draft, edited: false });
        if ('refused' in sent) throw new Error(sent.refused);
        log.info({ ticket: ticket.id, agent, edited: false }, 'slack.draft_sent');
        return appendTranscript(sent.ticket, { from: 'agent', text: ticket.draft, at: deps.now().toISOString(), by: agent });
      },
    );
  });

  app.action(ACTION_TAKE_OVER, async ({ ack, body }) => {
    await ack();
    await apply(body as BlockAction, (ticket, agent) => takeTicket(ticket, agent, deps.now(), { timeZone: config.timeZone }), async (ticket) => {
      await setConversationMode(ticket.conversationKey, 'agent-took-over');
      return ticket;
    });
  });

  app.action(ACTION_HAND_BACK, async ({ ack, body }) => {
    await ack();
    await apply(body as BlockAction, (ticket, agent) => handBackTicket(ticket, agent, deps.now(), { timeZone: config.timeZone }), async (ticket) => {
      await setConversationMode(ticket.conversationKey, 'handed-back');
      return ticket;
    });
  });

  app.action(ACTION_RESOLVE, async ({ ack, body }) => {
    await ack();
    await apply(body as BlockAction, (ticket, agent) => resolveTicket(ticket, agent, deps.now(), { timeZone: config.timeZone }), async (ticket) => {
      await setConversationMode(ticket.conversationKey, 'resolved');
      return ticket;
    });
  });

  return {
    requestListener: receiver.app as unknown as RequestListener,
    async init() {
      await app.init();
    },
    async relayCustomerMessage(message: InboundMessage) {
      const ticket = await tickets.latestOf(conversationKeyOf(message));
      if (!ticket?.slack) {
        // No thread to show it in (the desk was off when the agent took over): say so, loudly.
        log.error({ event: message.id, conversation: conversationKeyOf(message) }, 'slack.relay_without_thread');
        return { id: 'no-thread' };
      }
      const updated = appendTranscript(ticket, { from: 'customer', text: message.text, at: message.at });
      const posted = await app.client.chat.postMessage({
        channel: ticket.slack.channel,
        thread_ts: ticket.slack.ts,
        text: `${customerName(ticket)}: ${maskCardNumbers(message.text)}`,
      });
      await tickets.save(updated);
      return { id: posted.ts ?? 'posted' };
    },
    async openHandoff(handoff: HandoffAction, message: InboundMessage) {
      const conversationKey = conversationKeyOf(message);
      const existing = await tickets.latestOf(conversationKey);
      if (existing && existing.state !== 'resolved') {
        // The same conversation again: one Slack thread, the new post appended to it.
        const updated = appendTranscript(
          { ...existing, priority: higher(existing.priority, handoff.priority), draft: handoff.draft || existing.draft },
          { from: 'customer', text: message.text, at: message.at },
        );
        await tickets.save(updated);
        if (updated.slack) {
          await app.client.chat.postMessage({ channel: updated.slack.channel, thread_ts: updated.slack.ts, text: `${customerName(updated)}: ${updated.transcript.at(-1)?.text ?? ''}` });
        }
        await refresh(updated);
        return { id: updated.id };
      }
      const openedAt = deps.now();
      const { deadlineAt } = firstResponseDeadline({ priority: handoff.priority, channel: message.channel, kind: message.kind, openedAt });
      const knowledge = deps.knowledge();
      const ticket = openHandoffTicket({
        id: randomUUID(),
        conversationKey,
        handoff,
        message,
        openedAt,
        deadlineAt,
        sources: handoff.sources.map((id) => ({ id, title: (knowledge.entry(id, handoff.lang) ?? knowledge.entry(id, knowledge.languages(id)[0] ?? ''))?.title ?? id })),
      });
      const channel = handoff.priority === 'urgent' && config.urgentChannel ? config.urgentChannel : config.handoffChannel;
      const rendered = render(ticket);
      const posted = await app.client.chat.postMessage({ channel, text: rendered.text, blocks: rendered.blocks });
      const saved: HandoffTicket = { ...ticket, slack: { channel: posted.channel ?? channel, ts: posted.ts ?? '' } };
      await tickets.save(saved);
      log.info({ ticket: saved.id, priority: saved.priority, reasons: saved.reasons }, 'slack.handoff_posted');
      return { id: saved.id };
    },
  };
}

/** "Send draft" on an open ticket takes it for the agent first; on their own ticket it just sends. */
function takeTicketIfOpen(ticket: HandoffTicket, agent: string, at: Date, timeZone: string): TicketTransition {
  if (ticket.state === 'taken' && ticket.takenBy === agent) return { ticket };
  return takeTicket(ticket, agent, at, { timeZone });
}

function customerName(ticket: HandoffTicket): string {
  return ticket.customer.handle ? `@${ticket.customer.handle}` : (ticket.customer.name ?? 'Customer');
}

const PRIORITY_ORDER = ['low', 'normal', 'high', 'urgent'] as const;

function higher(a: HandoffTicket['priority'], b: HandoffTicket['priority']): HandoffTicket['priority'] {
  return PRIORITY_ORDER.indexOf(a) >= PRIORITY_ORDER.indexOf(b) ? a : b;
}
