// The agents' desk in Slack (Bolt): every handoff becomes a message with the customer, the
// conversation and a drafted reply; buttons let an agent send the draft, take over, hand back
// or resolve; replies typed in the thread reach the customer. Requests are verified by Bolt.
import { randomUUID } from 'node:crypto';
import type { RequestListener } from 'node:http';
import { App, ExpressReceiver, LogLevel, type BlockAction, type ButtonAction } from '@slack/bolt';
import type { HandoffAction, InboundMessage, ReplyAction } from '../../core/model.ts';
import type { AgentDesk, ConversationStore, CustomerChannel, KnowledgeIndex, Logger } from '../../core/ports.ts';
import { conversationKeyOf, type HandledMessage } from '../../core/responder.ts';
import { nextConversationMode, type HandoffEvent } from '../../core/handoff.ts';
import { firstResponseDeadline, reminderAt, type DeadlinePolicy } from '../../core/deadlines.ts';
import type { BusinessHours } from '../../core/business-hours.ts';
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
  ACTION_EDIT_SEND,
  ACTION_HAND_BACK,
  ACTION_RESOLVE,
  ACTION_SEND_DRAFT,
  ACTION_TAKE_OVER,
  renderHandoffMessage,
} from './render-handoff-message.ts';
import {
  EDIT_ACTION_ID,
  EDIT_BLOCK_ID,
  EDIT_CALLBACK_ID,
  renderEditModal,
  replyLimitOf,
  validateEditedReply,
} from './render-edit-modal.ts';
import {
  ACTION_THREAD_SEND_ONCE,
  ACTION_THREAD_TAKE_OVER,
  parseThreadChoiceValue,
  renderDeadlineMissed,
  renderReminder,
  renderThreadChoice,
} from './render-thread-choice.ts';
import { renderAskAnswer, renderQueue } from './render-queue.ts';
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
  /**
   * App-level token (xapp-...): Socket Mode, for installs behind a firewall. Slack then reaches
   * Pronto over a WebSocket that Pronto opens, and no public URL is needed.
   */
  appToken?: string;
  /** User group called when a first-response deadline passes (`S0123...`). */
  onCallGroup?: string;
  /** Opening hours of the desk: outside them the deadline clock starts at the next opening. */
  hours?: BusinessHours;
  /** First-response minutes per priority and channel (default: the playbook's). */
  deadlinePolicy?: DeadlinePolicy;
}

export interface SlackDeskDeps {
  config: SlackDeskConfig;
  tickets: TicketStore;
  conversations: ConversationStore;
  channels: ReadonlyMap<string, CustomerChannel>;
  knowledge: () => KnowledgeIndex;
  log: Logger;
  now: () => Date;
  /** `/pronto ask`: what the bot would answer and why (the responder's explain). */
  explain: (question: string) => Promise<HandledMessage>;
  answerThreshold: number;
  metrics: DeskMetrics;
}

/** What the desk measures (the service's prom-client metrics). */
export interface DeskMetrics {
  handoffsOpened: { inc(labels: { priority: string; reason: string }): void };
  firstHumanResponseSeconds: { observe(seconds: number): void };
  draftsSent: { inc(labels: { edited: string }): void };
  deadlineMisses: { inc(labels: { priority: string }): void };
}

export interface SlackDesk extends AgentDesk {
  /** The HTTP handler for `/slack/events` (events, interactivity and slash commands); none in Socket Mode. */
  requestListener?: RequestListener;
  /** Checks the token with Slack (auth.test), and in Socket Mode opens the connection. */
  init(): Promise<void>;
  close(): Promise<void>;
  /**
   * Posts due reminders and missed-deadline alerts. The state lives in the tickets (in the
   * store), so a restart loses no deadline; the service runs it on one replica at a time.
   */
  sweepDeadlines(): Promise<void>;
}

export const SLACK_EVENTS_PATH = '/slack/events';

export function createSlackDesk(deps: SlackDeskDeps): SlackDesk {
  const { config, tickets, log } = deps;
  const receiver = config.appToken
    ? undefined
    : new ExpressReceiver({
        signingSecret: config.signingSecret,
        endpoints: SLACK_EVENTS_PATH,
        // Handlers finish before Slack gets its 200: a click is never acknowledged and then lost.
        processBeforeResponse: true,
        logLevel: LogLevel.ERROR,
      });
  const app = new App({
    ...(receiver
      ? { receiver }
      : {
          socketMode: true,
          appToken: config.appToken,
          // The Socket Mode client opens its connection with its own Web API client.
          ...(config.apiUrl ? { installerOptions: { clientOptions: { slackApiUrl: config.apiUrl } } } : {}),
        }),
    token: config.botToken,
    deferInitialization: true,
    logLevel: LogLevel.ERROR,
    ...(config.apiUrl ? { clientOptions: { slackApiUrl: config.apiUrl } } : {}),
  });

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

  /** Sends `text` to the customer where the conversation is, through its stored reply address. */
  async function sendToCustomer(ticket: HandoffTicket, text: string): Promise<void> {
    const state = await deps.conversations.loadConversation(ticket.conversationKey);
    const channel = deps.channels.get(ticket.channel);
    if (!state?.replyAddress || !channel) {
      throw new Error(
        `no way back to this customer: ${channel ? 'no reply address stored' : `channel ${ticket.channel} is off`}`,
      );
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
    deps.metrics.draftsSent.inc({ edited: String(edited) });
    log.info({ ticket: ticket.id, agent, edited }, 'slack.agent_reply_sent');
    const sent = recordSent(ticket, { by: agent, at: at.toISOString(), text, edited });
    const recorded = 'refused' in sent ? ticket : sent.ticket;
    return appendTranscript(recorded, { from: 'agent', text, at: at.toISOString(), by: agent });
  }

  /** Applies a transition; a refusal is shown to the agent only, as an ephemeral message. */
  async function apply(
    body: BlockAction,
    transition: (ticket: HandoffTicket, agent: string) => TicketTransition,
    after?: (ticket: HandoffTicket, agent: string, before: HandoffTicket) => Promise<HandoffTicket>,
  ): Promise<void> {
    const action = body.actions[0] as ButtonAction | undefined;
    const agent = body.user.id;
    const whisper = (text: string) =>
      body.channel ? app.client.chat.postEphemeral({ channel: body.channel.id, user: agent, text }) : Promise.resolve();
    if (!action?.value) return;
    await lockTicket(action.value, async (ticket) => {
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
        if (after) next = await after(next, agent, ticket);
      } catch (error) {
        log.error({ err: error, ticket: ticket.id }, 'slack.action_failed');
        await whisper(`That did not work: ${(error as Error).message}. Nothing was sent; try again.`);
        return;
      }
      await tickets.save(next);
      await refresh(next);
    });
  }

  app.action(ACTION_SEND_DRAFT, async ({ ack, body }) => {
    await ack();
    await apply(
      body as BlockAction,
      (ticket, agent) => takeTicketIfOpen(ticket, agent, deps.now(), config.timeZone),
      async (ticket, agent, before) => {
        await sendToCustomer(ticket, ticket.draft);
        return completeIfUnowned(before, afterAgentReply(ticket, agent, ticket.draft, false), agent);
      },
    );
  });

  app.action(ACTION_TAKE_OVER, async ({ ack, body }) => {
    await ack();
    await apply(
      body as BlockAction,
      (ticket, agent) => takeTicket(ticket, agent, deps.now(), { timeZone: config.timeZone }),
      async (ticket) => {
        await setConversationMode(ticket.conversationKey, 'agent-took-over');
        return ticket;
      },
    );
  });

  app.action(ACTION_HAND_BACK, async ({ ack, body }) => {
    await ack();
    await apply(
      body as BlockAction,
      (ticket, agent) => handBackTicket(ticket, agent, deps.now(), { timeZone: config.timeZone }),
      async (ticket) => {
        await setConversationMode(ticket.conversationKey, 'handed-back');
        return ticket;
      },
    );
  });

  app.action(ACTION_RESOLVE, async ({ ack, body }) => {
    await ack();
    await apply(
      body as BlockAction,
      (ticket, agent) => resolveTicket(ticket, agent, deps.now(), { timeZone: config.timeZone }),
      async (ticket) => {
        await setConversationMode(ticket.conversationKey, 'resolved');
        return ticket;
      },
    );
  });

  app.action(ACTION_EDIT_SEND, async ({ ack, body }) => {
    await ack();
    const action = (body as BlockAction).actions[0] as ButtonAction | undefined;
    const ticket = action?.value ? await tickets.load(action.value) : undefined;
    if (!ticket || !('trigger_id' in body)) return;
    const refusal = takeTicketIfOpen(ticket, body.user.id, deps.now(), config.timeZone);
    if ('refused' in refusal) {
      if (body.channel)
        await app.client.chat.postEphemeral({ channel: body.channel.id, user: body.user.id, text: refusal.refused });
      return;
    }
    await app.client.views.open({ trigger_id: body.trigger_id, view: renderEditModal(ticket) });
  });

  app.view(EDIT_CALLBACK_ID, async ({ ack, body, view }) => {
    await lockTicket(view.private_metadata, async (ticket) => {
      const text = view.state.values[EDIT_BLOCK_ID]?.[EDIT_ACTION_ID]?.value ?? '';
      if (!ticket) {
        await ack({ response_action: 'errors', errors: { [EDIT_BLOCK_ID]: 'This handoff is no longer known to Pronto.' } });
        return;
      }
      const checked = validateEditedReply(text, replyLimitOf(ticket));
      if (!checked.ok) {
        await ack({ response_action: 'errors', errors: { [EDIT_BLOCK_ID]: checked.error } });
        return;
      }
      const agent = body.user.id;
      const taken = takeTicketIfOpen(ticket, agent, deps.now(), config.timeZone);
      if ('refused' in taken) {
        await ack({ response_action: 'errors', errors: { [EDIT_BLOCK_ID]: taken.refused } });
        return;
      }
      try {
        await sendToCustomer(taken.ticket, checked.text);
      } catch (error) {
        log.error({ err: error, ticket: ticket.id }, 'slack.edited_reply_failed');
        await ack({
          response_action: 'errors',
          errors: { [EDIT_BLOCK_ID]: `Not sent: ${(error as Error).message}. Try again.` },
        });
        return;
      }
      await ack();
      const replied = afterAgentReply(taken.ticket, agent, checked.text, checked.text !== ticket.draft);
      const next = await completeIfUnowned(ticket, replied, agent);
      await tickets.save(next);
      await refresh(next);
    });
  });

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

  app.command('/pronto', async ({ ack, command }) => {
    const [sub, ...rest] = command.text.trim().split(/\s+/);
    if (sub === 'queue') {
      const queue = renderQueue(await tickets.listOpen(), { now: deps.now(), timeZone: config.timeZone });
      await ack({ response_type: 'ephemeral', text: queue.text, blocks: queue.blocks });
      return;
    }
    if (sub === 'ask' && rest.length > 0) {
      const question = rest.join(' ');
      const answer = renderAskAnswer(question, await deps.explain(question), deps.knowledge(), {
        answerThreshold: deps.answerThreshold,
      });
      await ack({ response_type: 'ephemeral', text: answer.text, blocks: answer.blocks });
      return;
    }
    await ack({
      response_type: 'ephemeral',
      text: 'Usage: `/pronto queue` (open handoffs by priority and waiting time) or `/pronto ask <question>` (what the bot would answer and why).',
    });
  });

  return {
    ...(receiver ? { requestListener: receiver.app as unknown as RequestListener } : {}),
    async init() {
      await app.init();
      if (!receiver) await app.start();
    },
    async close() {
      if (!receiver) await app.stop();
    },
    async sweepDeadlines() {
      const now = deps.now();
      for (const listed of await tickets.listOpen()) {
        await lockTicket(listed.id, async (ticket) => {
          // Answered tickets have met their first-response deadline.
          if (!ticket || ticket.state === 'resolved' || ticket.sent.length > 0 || !ticket.slack || ticket.missed) return;
          const say = (text: string) =>
            app.client.chat.postMessage({ channel: ticket.slack!.channel, thread_ts: ticket.slack!.ts, text });
          if (now.getTime() >= Date.parse(ticket.deadlineAt)) {
            await say(renderDeadlineMissed(ticket, config.onCallGroup, config.timeZone));
            deps.metrics.deadlineMisses.inc({ priority: ticket.priority });
            log.warn({ ticket: ticket.id, priority: ticket.priority }, 'slack.deadline_missed');
            await tickets.save({ ...ticket, reminded: true, missed: true });
          } else if (!ticket.reminded && ticket.remindAt && now.getTime() >= Date.parse(ticket.remindAt)) {
            await say(renderReminder(ticket, now, config.timeZone));
            await tickets.save({ ...ticket, reminded: true });
          }
        });
      }
    },
    async relayCustomerMessage(message: InboundMessage) {
      const latest = await tickets.latestOf(conversationKeyOf(message));
      return lockTicket(latest?.id ?? 'none', async (ticket) => {
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
      });
    },
    async openHandoff(handoff: HandoffAction, message: InboundMessage) {
      const conversationKey = conversationKeyOf(message);
      const latest = await tickets.latestOf(conversationKey);
      const appended =
        latest && latest.state !== 'resolved'
          ? await lockTicket(latest.id, async (existing) => {
              if (!existing || existing.state === 'resolved') return undefined;
              // The same conversation again: one Slack thread, the new post appended to it.
              const updated = appendTranscript(
                { ...existing, priority: higher(existing.priority, handoff.priority), draft: handoff.draft || existing.draft },
                { from: 'customer', text: message.text, at: message.at },
              );
              await tickets.save(updated);
              if (updated.slack) {
                await app.client.chat.postMessage({
                  channel: updated.slack.channel,
                  thread_ts: updated.slack.ts,
                  text: `${customerName(updated)}: ${updated.transcript.at(-1)?.text ?? ''}`,
                });
              }
              await refresh(updated);
              return { id: updated.id };
            })
          : undefined;
      if (appended) return appended;
      const openedAt = deps.now();
      const { deadlineAt, clockStartsAt } = firstResponseDeadline({
        priority: handoff.priority,
        channel: message.channel,
        kind: message.kind,
        openedAt,
        ...(config.hours ? { hours: config.hours } : {}),
        ...(config.deadlinePolicy ? { policy: config.deadlinePolicy } : {}),
      });
      const remindAt = reminderAt(deadlineAt, clockStartsAt, openedAt);
      const knowledge = deps.knowledge();
      const ticket = openHandoffTicket({
        id: randomUUID(),
        conversationKey,
        handoff,
        message,
        openedAt,
        deadlineAt,
        sources: handoff.sources.map((id) => ({
          id,
          title: (knowledge.entry(id, handoff.lang) ?? knowledge.entry(id, knowledge.languages(id)[0] ?? ''))?.title ?? id,
        })),
      });
      const channel = handoff.priority === 'urgent' && config.urgentChannel ? config.urgentChannel : config.handoffChannel;
      const rendered = render(ticket);
      const posted = await app.client.chat.postMessage({ channel, text: rendered.text, blocks: rendered.blocks });
      const saved: HandoffTicket = {
        ...ticket,
        slack: { channel: posted.channel ?? channel, ts: posted.ts ?? '' },
        ...(remindAt ? { remindAt: remindAt.toISOString() } : {}),
      };
      await tickets.save(saved);
      for (const reason of saved.reasons) deps.metrics.handoffsOpened.inc({ priority: saved.priority, reason });
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
