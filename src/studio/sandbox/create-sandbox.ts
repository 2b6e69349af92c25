// The playground: posts typed in the Studio go through the live service's pipeline
// (process-message.ts: decide once, deliver each action once, hand off to the desk), with its
// own in-memory state, channels that deliver into the playground's conversations, and the desk
// shown in the Studio. So a person can play the customer and the agent, and what they see is
// what the service would do.
import type { Config } from '../../config.ts';
import type { Pronto } from '../../app.ts';
import type { HandoffAction, InboundMessage, MessageKind } from '../../core/model.ts';
import type { AgentDesk, CustomerChannel, Logger } from '../../core/ports.ts';
import type { HandledMessage, Responder } from '../../core/responder.ts';
import { createDesk, type Desk } from '../../desk/create-desk.ts';
import { createMemoryTicketStore } from '../../desk/ticket-store.ts';
import { createInsightRecorder } from '../../insights/record-insights.ts';
import { explainAsk } from '../../knowledge/explain-ask.ts';
import { createMetrics } from '../../service/metrics.ts';
import { processMessage } from '../../service/process-message.ts';
import { createMemoryStore, type MemoryStore } from '../../store/memory-store.ts';
import { createPlaygroundLog, PLAYGROUND_CHANNELS, type CustomerSettings, type PlaygroundLog } from './playground-log.ts';
import { createStudioDeskView, type StudioDeskView } from './studio-desk-view.ts';

/** The one agent of the Studio's desk: the person using it. */
export const STUDIO_AGENT = 'studio';

/** How often due reminders and missed deadlines are looked for, as in the service. */
const DESK_SWEEP_INTERVAL_MS = 30_000;

/** A send protected this long, as the service's default: the playground never retries. */
const DELIVERY_HOLD_MS = 60_000;

export interface Sandbox {
  store: MemoryStore;
  desk: Desk;
  deskView: StudioDeskView;
  playground: PlaygroundLog;
  /** A customer's post in a playground conversation (a new one when `conversationId` is absent). */
  post(input: PlaygroundPost): Promise<{ conversationId: string; eventId: string }>;
  /** A message from a replay file, through the same pipeline; its response times as if it had come live. */
  replay(message: InboundMessage): Promise<void>;
  close(): void;
}

export interface PlaygroundPost {
  conversationId?: string;
  /** For a new conversation: who writes and where. */
  customer?: CustomerSettings;
  kind: MessageKind;
  text: string;
  /** A language hint, as some platforms give one; none lets the bot detect it. */
  lang?: string;
}

export function createSandbox(pronto: Pronto, config: Config, log: Logger): Sandbox {
  const store = createMemoryStore();
  const playground = createPlaygroundLog();
  const now = () => new Date();
  const channels = new Map<string, CustomerChannel>(PLAYGROUND_CHANNELS.map((id) => [id, playgroundChannel(id, playground)]));
  const responder = pronto.responderWith({
    store,
    decisions: store,
    replyAddressOf: (message) => channels.get(message.channel)?.replyAddressOf(message),
  });
  const insights = createInsightRecorder(store, log, now);
  const deskView = createStudioDeskView(now);
  const metrics = createMetrics();
  const desk = createDesk({
    config: {
      timeZone: config.deskTimeZone,
      ...(config.settings.deskHours ? { hours: config.settings.deskHours } : {}),
      agentLabel: (agent) => (agent === STUDIO_AGENT ? 'you' : agent),
    },
    tickets: createMemoryTicketStore(),
    conversations: store,
    channels,
    knowledge: () => pronto.knowledge(),
    log,
    now,
    metrics,
    insights,
    views: [deskView],
  });
  const sweep = setInterval(() => {
    desk.sweepDeadlines().catch((error: unknown) => log.error({ err: error }, 'studio.deadline_sweep_failed'));
  }, DESK_SWEEP_INTERVAL_MS);
  sweep.unref();
  let posted = 0;

  /** Runs one message through the service's pipeline; returns what the responder decided. */
  async function run(message: InboundMessage, clock: () => number, onHandoff: (handoff: HandoffAction, ticketId: string) => void) {
    let handled: HandledMessage | undefined;
    const capturing: Responder = {
      ...responder,
      respond: async (inbound) => (handled = await responder.respond(inbound)),
    };
    const handoffDesk: AgentDesk = {
      openHandoff: async (handoff, inbound) => {
        const delivery = await desk.openHandoff(handoff, inbound);
        onHandoff(handoff, delivery.id);
        return delivery;
      },
      relayCustomerMessage: (inbound) => desk.relayCustomerMessage(inbound),
    };
    await processMessage(
      { responder: capturing, deliveries: store, channels, desk: handoffDesk, metrics, log, now: clock, deliveryHoldMs: DELIVERY_HOLD_MS, insights },
      message,
      { failures: 0, resumed: false },
    );
    return handled;
  }

  return {
    store,
    desk,
    deskView,
    playground,
    async post(input) {
      const existing = input.conversationId === undefined ? undefined : playground.get(input.conversationId);
      if (input.conversationId !== undefined && existing === undefined) throw new Error(`no playground conversation ${input.conversationId}`);
      const conversation = existing ?? playground.start(input.customer ?? defaultCustomer(), now());
      posted += 1;
      const { customer } = conversation;
      const message: InboundMessage = {
        id: `pg${posted}`,
        channel: customer.channel,
        kind: input.kind,
        conversationId: conversation.id,
        author: { id: `pg-${conversation.id}`, name: customer.name, handle: customer.handle, followers: customer.followers, verified: customer.verified },
        text: input.text,
        at: now().toISOString(),
        ...(input.lang ? { lang: input.lang } : {}),
      };
      await store.claimMessage(message.id);
      // The customer's post comes first in the conversation, before what the bot sends.
      const event = { type: 'customer' as const, id: message.id, at: message.at, kind: message.kind, text: message.text, actions: [] };
      playground.add(conversation.id, { ...event, ...(input.lang ? { lang: input.lang } : {}) });
      const handled = await run(message, Date.now, (handoff, ticketId) =>
        playground.add(conversation.id, {
          type: 'handoff',
          id: `${message.id}-handoff`,
          at: now().toISOString(),
          ticketId,
          priority: handoff.priority,
          reasons: handoff.reasons,
          summary: handoff.summary,
        }),
      );
      const logged = conversation.events.find((item) => item.id === message.id);
      if (logged?.type === 'customer' && handled) {
        logged.actions = handled.actions;
        const explanation = explainAsk(handled, pronto.knowledge(), config.settings);
        if (explanation) logged.explanation = explanation;
      }
      return { conversationId: conversation.id, eventId: message.id };
    },
    async replay(message) {
      if (!(await store.claimMessage(message.id))) return;
      const started = Date.now();
      const postedAt = Date.parse(message.at);
      // Replayed posts are old: their response time is the pipeline's own time, as if live.
      await run(message, () => postedAt + (Date.now() - started), () => undefined);
    },
    close() {
      clearInterval(sweep);
    },
  };
}

function defaultCustomer(): CustomerSettings {
  return { channel: 'twitter', name: 'Giulia Bianchi', handle: 'giulia_b', followers: 180, verified: false };
}

/** A customer channel that delivers into the playground conversation a reply address names. */
function playgroundChannel(id: string, playground: PlaygroundLog): CustomerChannel {
  let delivered = 0;
  return {
    id,
    replyAddressOf: (message) => ({ channel: id, data: { conversation: message.conversationId } }),
    async send(action, address) {
      delivered += 1;
      const conversation = address.data.conversation ?? '';
      playground.add(conversation, {
        type: 'sent',
        id: `${id}-sent-${delivered}`,
        at: new Date().toISOString(),
        // The desk's sends carry `agent-<ticket>-<n>` as their event (desk/create-desk.ts).
        from: action.event.startsWith('agent-') ? 'agent' : 'bot',
        to: action.type,
        lang: action.lang,
        text: action.text,
        sources: action.sources,
      });
      return { id: `${id}-${delivered}` };
    },
  };
}
