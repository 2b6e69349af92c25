// The agents' desk in Slack (Bolt): every handoff becomes a message with the customer, the
// conversation and a drafted reply; buttons let an agent send the draft, take over, hand back
// or resolve; replies typed in the thread reach the customer. Requests are verified by Bolt.
// Everything the customer wrote reaches Slack masked and escaped (show-customer-text.ts).
import { randomUUID } from 'node:crypto';
import { App, ExpressReceiver, LogLevel } from '@slack/bolt';
import type { RequestHandler } from 'express';
import type { HandoffAction, InboundMessage } from '../../core/model.ts';
import type { AgentDesk, ConversationStore, CustomerChannel, KnowledgeIndex, Logger } from '../../core/ports.ts';
import { conversationKeyOf, type HandledMessage } from '../../core/responder.ts';
import { firstResponseDeadline, reminderAt, type DeadlinePolicy } from '../../core/deadlines.ts';
import type { BusinessHours } from '../../core/business-hours.ts';
import { DELIVERY_FAILED, appendTranscript, hasMessage, mergeHandoff, openHandoffTicket, transcriptOf, type HandoffTicket } from './handoff-ticket.ts';
import { renderDeadlineMissed, renderReminder } from './render-thread-choice.ts';
import type { TicketStore } from './ticket-store.ts';
import { customerLabel } from './render-handoff-message.ts';
import { THREAD_TEXT_MAX_CHARS } from './render-limits.ts';
import { showCustomerText } from './show-customer-text.ts';
import { createDeskContext } from './desk-context.ts';
import { registerTicketButtons } from './register-ticket-buttons.ts';
import { registerThreadBridge } from './register-thread-bridge.ts';
import { registerProntoCommand } from './register-pronto-command.ts';

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
  draftsSent: { inc(labels: { edited: string; composer: string }): void };
  deadlineMisses: { inc(labels: { priority: string }): void };
}

export interface SlackDesk extends AgentDesk {
  /**
   * Bolt's routes for `/slack/events` (events, interactivity and slash commands), to mount at the
   * root of the service's Express app; none in Socket Mode.
   */
  router?: RequestHandler;
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
        // Slack wants its answer within 3 seconds, and a send to X may take 30: each handler acks
        // first (a modal's validation errors go in that ack), then works, and tells the outcome in
        // the thread. With true, every answer would wait for the work.
        processBeforeResponse: false,
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

  const desk = createDeskContext(deps, app);
  const { render, refresh, lockTicket } = desk;

  /** Posts in the ticket's thread; a refusal throws, so the queue tries the message again. */
  async function postNote(ticket: HandoffTicket, text: string): Promise<{ ts?: string }> {
    if (!ticket.slack) return {};
    return app.client.chat.postMessage({ channel: ticket.slack.channel, thread_ts: ticket.slack.ts, text });
  }

  function postCustomerText(ticket: HandoffTicket, text: string): Promise<{ ts?: string }> {
    return postNote(ticket, `${customerLabel(ticket)}: ${showCustomerText(text, THREAD_TEXT_MAX_CHARS)}`);
  }
  registerTicketButtons(desk);
  registerThreadBridge(desk);
  registerProntoCommand(desk);

  return {
    ...(receiver ? { router: receiver.router } : {}),
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
          const say = (text: string) => postNote(ticket, text);
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
        // A retry after a crash between posting and recording shows nothing twice.
        if (hasMessage(ticket, message.id)) return { id: ticket.slack.ts };
        const updated = appendTranscript(ticket, { from: 'customer', text: message.text, at: message.at, messageId: message.id });
        const posted = await postCustomerText(updated, message.text);
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
              // The same conversation again: one Slack thread, a new post appended to it; the same
              // post again (its reply failed) only adds its reasons.
              const merged = mergeHandoff(existing, handoff, message);
              const updated = merged.ticket;
              if (merged.appended) await postCustomerText(updated, message.text);
              else if (merged.addedReasons.length > 0) await postNote(updated, renderAddedReasons(merged.addedReasons));
              await tickets.save(updated);
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
        // The whole exchange that led here: earlier posts, the bot's replies, agents' replies.
        earlier: transcriptOf(await deps.conversations.loadTurns(conversationKey)),
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

function renderAddedReasons(reasons: readonly string[]): string {
  const list = reasons.join(', ');
  return reasons.includes(DELIVERY_FAILED)
    ? `:warning: More reasons for this message: ${list} (the bot's reply did not reach the customer).`
    : `More reasons for this message: ${list}.`;
}
