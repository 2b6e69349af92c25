// The agents' desk in Slack (Bolt): every handoff becomes a message with the customer, the
// conversation and a drafted reply; buttons let an agent send the draft, take over, hand back
// or resolve; replies typed in the thread reach the customer. Requests are verified by Bolt.
// The desk itself (tickets, deadlines, what each button does) is src/desk; this is its Slack
// view and wiring. Everything the customer wrote reaches Slack masked and escaped
// (show-customer-text.ts).
import { App, ExpressReceiver, LogLevel } from '@slack/bolt';
import type { RequestHandler } from 'express';
import type { AgentDesk, ConversationStore, CustomerChannel, KnowledgeIndex, Logger } from '../../core/ports.ts';
import type { HandledMessage } from '../../core/responder.ts';
import type { DeadlinePolicy } from '../../core/deadlines.ts';
import type { BusinessHours } from '../../core/business-hours.ts';
import { createDesk, type DeskInsights, type DeskMetrics } from '../../desk/create-desk.ts';
import type { TicketStore } from '../../desk/ticket-store.ts';
import { createSlackDeskView } from './slack-desk-view.ts';
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
  /** Per-day figures for the Studio's team view. */
  insights?: DeskInsights;
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
  const { config, tickets } = deps;
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

  const desk = createDesk({
    config: {
      timeZone: config.timeZone,
      ...(config.hours ? { hours: config.hours } : {}),
      ...(config.deadlinePolicy ? { deadlinePolicy: config.deadlinePolicy } : {}),
    },
    tickets,
    conversations: deps.conversations,
    channels: deps.channels,
    knowledge: deps.knowledge,
    log: deps.log,
    now: deps.now,
    metrics: deps.metrics,
    ...(deps.insights ? { insights: deps.insights } : {}),
    views: [createSlackDeskView(app, config, deps.now)],
  });
  const context = createDeskContext(deps, app, desk);
  registerTicketButtons(context);
  registerThreadBridge(context);
  registerProntoCommand(context);

  return {
    ...(receiver ? { router: receiver.router } : {}),
    async init() {
      await app.init();
      if (!receiver) await app.start();
    },
    async close() {
      if (!receiver) await app.stop();
    },
    sweepDeadlines: desk.sweepDeadlines,
    openHandoff: desk.openHandoff,
    relayCustomerMessage: desk.relayCustomerMessage,
  };
}
